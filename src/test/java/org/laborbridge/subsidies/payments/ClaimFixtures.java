package org.laborbridge.subsidies.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementFixtures;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.PaymentBatches.StageRef;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.policy.AmountRule;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approved claims with their stages, written straight into the claim tables as the claims
 * service would leave them (the schema's checks hold them to it): real workers and policies, a
 * notice that ended yesterday unless a test says otherwise.
 */
public final class ClaimFixtures {

    public static final Caller ADMIN = caller("admin", Role.ADMIN);
    public static final Caller CASEWORKER = caller("caseworker", Role.CASEWORKER);
    public static final Caller APPROVER = caller("approver", Role.APPROVER);
    public static final Caller XIANGXI = new Caller("xiangxi", null, Role.PARTNER, List.of("433100"), null, null);
    public static final Caller LINYI = new Caller("linyi", null, Role.PARTNER, List.of("371321"), null, null);
    public static final Caller EMPLOYER =
            new Caller("some-employer", null, Role.EMPLOYER, List.of(), UUID.randomUUID(), null);
    public static final Caller WORKER =
            new Caller("some-worker", null, Role.WORKER, List.of(), null, UUID.randomUUID());

    public static final String LUXI = "433122";

    // Workers of one test run share birth dates (TestResidentIds), so their names differ: the
    // registry would otherwise report them as possible duplicates of each other.
    private static final String GIVEN = "阳花明华建国秀英志强丽娟春梅海燕桂兰德胜玉珍文武金凤兴旺家宝红霞永福翠莲光荣小平雪松";
    private static final java.util.concurrent.atomic.AtomicInteger names =
            new java.util.concurrent.atomic.AtomicInteger(
                    java.util.concurrent.ThreadLocalRandom.current().nextInt(GIVEN.length()));

    /** A name of three characters, family name 向, that no other fixture worker of the run has. */
    public static String uniqueName() {
        int n = names.getAndIncrement();
        int size = GIVEN.length();
        return "向" + GIVEN.charAt(n % size) + GIVEN.charAt((n / size) % size);
    }

    private final JdbcClient jdbc;
    private final SubsidyPolicies policies;
    private final SubsidyClock clock;
    private final PlacementFixtures people;

    public ClaimFixtures(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.policies = context.getBean(SubsidyPolicies.class);
        this.clock = context.getBean(SubsidyClock.class);
        this.people = new PlacementFixtures(
                context.getBean(Employers.class),
                context.getBean(JobPostings.class),
                context.getBean(WorkerRegistry.class),
                context.getBean(Placements.class),
                context.getBean(TransactionTemplate.class));
    }

    public static Caller caller(String username, Role role) {
        return new Caller(username, null, role, List.of(), null, null);
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** A worker-paid policy paying in {@code stages} equal parts, budget 100,000 yuan. */
    public PolicyView policy(String prefix, int stages) {
        List<PaymentStages.Stage> split = new ArrayList<>();
        for (int i = 0; i < stages; i++) {
            split.add(new PaymentStages.Stage(i * 6, 100 / stages + (i == 0 ? 100 % stages : 0)));
        }
        PolicyTerms terms = new PolicyTerms(
                PolicyKind.WORKER_EMPLOYMENT,
                Payee.WORKER,
                new AmountRule.FixedPerPerson(Money.ofYuan("1000")),
                new PaymentStages(split),
                List.of(new Condition.RegisteredPoor()),
                List.of(),
                new ValidityPeriod(LocalDate.of(2020, 1, 1), null),
                Money.ofYuan("100000"),
                OncePerPerson.LIFETIME,
                List.of());
        String code = uniqueCode(prefix);
        return Callers.runAs(ADMIN, () -> policies.register(code, "测试补贴" + code, terms));
    }

    public WorkerId worker(String name, String county) {
        return people.worker(name, county);
    }

    /** What a claim looks like to a test: its id, number, worker and policy. */
    public record Claim(ApplicationId id, String number, WorkerId worker, String policyCode, String workerName) {

        public StageRef stage(int no) {
            return new StageRef(id, no);
        }
    }

    /** Shapes a claim before it is written. */
    public final class Builder {
        private final PolicyView policy;
        private String name = uniqueName();
        private String county = LUXI;
        private String account = "6222021234567890123";
        private LocalDate noticeUntil = clock.today().minusDays(1);
        private List<Long> stageFen = List.of(100_000L);
        private List<LocalDate> payableFrom;
        private boolean objection;
        private String status = "APPROVED";
        private LocalDate createdOn;

        Builder(PolicyView policy) {
            this.policy = policy;
        }

        public Builder named(String name) {
            this.name = name;
            return this;
        }

        public Builder from(String county) {
            this.county = county;
            return this;
        }

        public Builder account(String account) {
            this.account = account;
            return this;
        }

        public Builder noticeUntil(LocalDate day) {
            this.noticeUntil = day;
            return this;
        }

        public Builder stagesFen(Long... fen) {
            this.stageFen = List.of(fen);
            return this;
        }

        public Builder payableFrom(LocalDate... days) {
            this.payableFrom = List.of(days);
            return this;
        }

        public Builder withOpenObjection() {
            this.objection = true;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder createdOn(LocalDate day) {
            this.createdOn = day;
            return this;
        }

        public Claim write() {
            WorkerId worker = people.worker(name, county);
            UUID id = UUID.randomUUID();
            String number = "BT-T-" + Long.toString(System.nanoTime(), 36).toUpperCase();
            long total = stageFen.stream().mapToLong(Long::longValue).sum();
            boolean approved = status.equals("APPROVED") || status.equals("PAID");
            LocalDate made = createdOn == null ? clock.today() : createdOn;
            jdbc.sql("""
                            insert into subsidy_application (id, number, policy_id, policy_version, kind, payee_kind,
                                worker_id, household_county, basis_kind, basis_id, basis_day, payee_name, bank_name,
                                bank_account, amount_fen, judgement, status, once_scope, created_by, created_role,
                                created_at, reviewed_by, reviewed_at, approved_by, approved_at, notice_from,
                                notice_until, changed_at)
                            values (:id, :number, :policy, :version, 'WORKER_EMPLOYMENT', 'WORKER', :worker, :county,
                                'PLACEMENT', :basis, :basisDay, :payee, '中国农业银行', :account, :amount, '{}'::jsonb,
                                :status, :scope, 'fixture-caseworker', 'CASEWORKER', :madeAt, 'fixture-reviewer',
                                :madeAt, :approvedBy, :approvedAt, :noticeFrom, :noticeUntil, :madeAt)
                            """)
                    .param("id", id)
                    .param("number", number)
                    .param("policy", policy.id().policy().value())
                    .param("version", policy.version())
                    .param("worker", worker.value())
                    .param("county", county)
                    .param("basis", UUID.randomUUID())
                    .param("basisDay", made.minusMonths(1))
                    .param("payee", name)
                    .param("account", account)
                    .param("amount", total)
                    .param("status", status)
                    .param("scope", "T-" + UUID.randomUUID())
                    .param("madeAt", made.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(8)))
                    .param("approvedBy", approved ? "fixture-approver" : null)
                    .param("approvedAt", approved ? made.atTime(11, 0).atOffset(java.time.ZoneOffset.ofHours(8)) : null)
                    .param("noticeFrom", approved ? noticeUntil.minusDays(6) : null)
                    .param("noticeUntil", approved ? noticeUntil : null)
                    .update();
            if (approved) {
                for (int i = 0; i < stageFen.size(); i++) {
                    LocalDate due = payableFrom == null ? clock.today().minusDays(1) : payableFrom.get(i);
                    jdbc.sql("""
                                    insert into subsidy_stage (application_id, stage_no, payable_from, amount_fen, status)
                                    values (:id, :no, :due, :fen, 'PENDING')
                                    """)
                            .param("id", id)
                            .param("no", i + 1)
                            .param("due", due)
                            .param("fen", stageFen.get(i))
                            .update();
                }
            }
            if (objection) {
                jdbc.sql("""
                                insert into subsidy_objection (id, application_id, reason, raised_by, status)
                                values (:id, :application, '公示对象并非贫困户', 'fixture-caseworker', 'OPEN')
                                """)
                        .param("id", UUID.randomUUID())
                        .param("application", id)
                        .update();
            }
            return new Claim(new ApplicationId(id), number, worker, policy.code(), name);
        }
    }

    public Builder claim(PolicyView policy) {
        return new Builder(policy);
    }

    public String stageStatus(Claim claim, int stageNo) {
        return jdbc.sql("select status from subsidy_stage where application_id = :id and stage_no = :no")
                .param("id", claim.id().value())
                .param("no", stageNo)
                .query(String.class)
                .single();
    }

    public String claimStatus(Claim claim) {
        return jdbc.sql("select status from subsidy_application where id = :id")
                .param("id", claim.id().value())
                .query(String.class)
                .single();
    }

    public long lines(Claim claim) {
        return jdbc.sql("select count(*) from subsidy_payment_line where application_id = :id")
                .param("id", claim.id().value())
                .query(Long.class)
                .single();
    }

    public List<String> steps(Claim claim) {
        return jdbc.sql("select action from subsidy_application_step where application_id = :id order by id")
                .param("id", claim.id().value())
                .query(String.class)
                .list();
    }

    public long batches() {
        return jdbc.sql("select count(*) from subsidy_payment_batch")
                .query(Long.class)
                .single();
    }
}
