package org.laborbridge.subsidies.eligibility;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementFixtures;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.laborbridge.subsidies.policy.AmountRule;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real placements and trips through their modules' public APIs, policies with unique codes, and
 * claim rows written straight into {@code subsidy_application}, since the claims service is not
 * this package's. Public so that the documents tests make their claims the same way.
 */
public final class EligibilityFixtures {

    public static final String LUXI = "433122";
    public static final Caller ADMIN = caller("admin", Role.ADMIN);
    public static final Caller CASEWORKER = PlacementFixtures.CASEWORKER;
    public static final Caller APPROVER = caller("approver", Role.APPROVER);
    public static final Caller XIANGXI = new Caller("xiangxi", null, Role.PARTNER, List.of("433100"), null, null);
    public static final Caller LINYI = new Caller("linyi", null, Role.PARTNER, List.of("371300"), null, null);

    private final PlacementFixtures people;
    private final Placements placements;
    private final WorkerRegistry registry;
    private final Trips trips;
    private final SubsidyPolicies policies;
    private final JdbcClient jdbc;

    public EligibilityFixtures(ApplicationContext context) {
        this.placements = context.getBean(Placements.class);
        this.registry = context.getBean(WorkerRegistry.class);
        this.people = new PlacementFixtures(
                context.getBean(Employers.class),
                context.getBean(JobPostings.class),
                registry,
                placements,
                context.getBean(TransactionTemplate.class));
        this.trips = context.getBean(Trips.class);
        this.policies = context.getBean(SubsidyPolicies.class);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    public JobPostingView posting(String name) {
        return people.posting(name + "-" + unique(), 500);
    }

    /** A registered-poor worker from 泸溪 hired for 12 months, starting {@code monthsAgo} months ago. */
    public PlacementView hired(JobPostingView posting, int monthsAgo) {
        WorkerId worker = Callers.runAs(
                CASEWORKER,
                () -> registry.register(new WorkerForm(
                                "资格" + unique(),
                                TestResidentIds.next(LUXI),
                                null,
                                null,
                                true,
                                null,
                                null,
                                true,
                                null,
                                null,
                                null,
                                null,
                                null))
                        .id());
        return people.place(worker, LUXI, posting, BureauTime.today().minusMonths(monthsAgo), 12);
    }

    public PlacementView stillWorkingAt(PlacementView placement, int... months) {
        PlacementView latest = placement;
        for (int month : months) {
            latest = Callers.runAs(
                    CASEWORKER,
                    () -> placements.recordRetention(
                            placement.id(), month, RetentionOutcome.STILL_WORKING, null, null));
        }
        return latest;
    }

    /** A bus from 泸溪 carrying the placed workers; it left two hours ago and arrived an hour ago. */
    public TripView carried(List<PlacementView> travellers, Money cost) {
        return Callers.runAs(CASEWORKER, () -> {
            LocalDateTime departure = BureauTime.today().plusDays(1).atTime(LocalTime.of(8, 0));
            TripView trip = trips.plan(new TripForm(
                    TransportMode.BUS,
                    "湘西自治州客运公司",
                    "湘U" + (10000 + travellers.size()),
                    RegionCode.of(LUXI),
                    "泸溪县汽车站",
                    List.of(RegionCode.of("370100")),
                    departure,
                    departure.plusHours(20),
                    45,
                    cost,
                    null));
            travellers.forEach(placement -> trips.addTraveller(trip.id(), placement.id()));
            travellers.forEach(placement -> trips.recordCheck(trip.id(), placement.worker(), "HEALTH", true, null));
            trips.startBoarding(trip.id());
            travellers.forEach(placement -> trips.board(trip.id(), placement.worker()));
            LocalDateTime now = LocalDateTime.now(BureauTime.ZONE);
            trips.depart(trip.id(), now.minusHours(2));
            return trips.arrive(trip.id(), now.minusHours(1));
        });
    }

    public PolicyView policy(String prefix, PolicyTerms terms) {
        return Callers.runAs(ADMIN, () -> policies.register(prefix + "-" + unique(), "测试政策 " + prefix, terms));
    }

    public static PolicyTerms workerTerms(List<Condition> conditions, OncePerPerson once, List<String> excludes) {
        return terms(PolicyKind.WORKER_EMPLOYMENT, Payee.WORKER, conditions, LocalDate.of(2020, 1, 1), once, excludes);
    }

    public static PolicyTerms terms(
            PolicyKind kind,
            Payee payee,
            List<Condition> conditions,
            LocalDate validFrom,
            OncePerPerson once,
            List<String> excludes) {
        AmountRule amount = kind == PolicyKind.TRANSPORT
                ? new AmountRule.ShareOfCost(100, Money.ofYuan("20000"))
                : new AmountRule.FixedPerPerson(Money.ofYuan("1000"));
        return new PolicyTerms(
                kind,
                payee,
                amount,
                PaymentStages.once(),
                conditions,
                List.of("labor-contract"),
                new ValidityPeriod(validFrom, null),
                Money.ofYuan("1000000"),
                once,
                excludes);
    }

    /** A claim row as the claims service would write it; returns its number. */
    public String claim(PolicyView policy, PlacementView placement, String status, String onceScope, String createdBy) {
        UUID id = UUID.randomUUID();
        String number = "BT-2026-T" + id.toString().substring(0, 8);
        jdbc.sql("""
                        insert into subsidy_application (id, number, policy_id, policy_version, kind, payee_kind,
                            worker_id, household_county, employer_id, basis_kind, basis_id, basis_day, payee_name,
                            amount_fen, judgement, status, once_scope, created_by, created_role)
                        values (:id, :number, :policy, :version, :kind, :payee, :worker, :county, :employer,
                            'PLACEMENT', :basis, :day, '测试', 100000, '{}'::jsonb, :status, :scope, :createdBy,
                            'CASEWORKER')
                        """)
                .param("id", id)
                .param("number", number)
                .param("policy", policy.id().policy().value())
                .param("version", policy.version())
                .param("kind", policy.terms().kind().name())
                .param("payee", policy.terms().payee().name())
                .param("worker", placement.worker().value())
                .param("county", placement.householdCounty())
                .param("employer", placement.employer().value())
                .param("basis", placement.id().value())
                .param("day", placement.startDate())
                .param("status", status)
                .param("scope", onceScope)
                .param("createdBy", createdBy)
                .update();
        return number;
    }

    public UUID claimId(String number) {
        return jdbc.sql("select id from subsidy_application where number = :number")
                .param("number", number)
                .query(UUID.class)
                .single();
    }

    public void setStatus(String number, String status) {
        jdbc.sql("update subsidy_application set status = :status where number = :number")
                .param("status", status)
                .param("number", number)
                .update();
    }

    public static Caller workerSelf(WorkerId worker) {
        return new Caller("worker-" + worker, null, Role.WORKER, List.of(), null, worker.value());
    }

    public static Caller employerOf(JobPostingView posting) {
        return new Caller(
                "employer-" + posting.employerId(),
                null,
                Role.EMPLOYER,
                List.of(),
                posting.employerId().value(),
                null);
    }

    private static Caller caller(String username, Role role) {
        return new Caller(username, null, role, List.of(), null, null);
    }

    private static String unique() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
