package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.SubsidyApproved;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Never twice, under load: racing claims on one basis or on one person's lifetime, racing approvals
 * of one claim and on one budget. The unique indexes are the last word, so they are tried directly too.
 */
@SpringBootTest
class ConcurrentClaimsTests {

    private static final int THREADS = 8;

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyApplications applications;

    @Autowired
    JdbcClient jdbc;

    ClaimFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
    }

    @Test
    void eightCaseworkersClaimingOneBasisUnderOnePolicyMakeExactlyOneClaim() throws Exception {
        PolicyView policy = fixtures.workerPolicy("1000000");
        PlacementView hire = fixtures.hire("并发申请", 12);

        List<String> outcomes = race(n -> () -> Callers.runAs(
                        ClaimFixtures.staff("cw" + n + "-" + fixtures.tag, org.laborbridge.identity.Role.CASEWORKER),
                        () -> applications.apply(ClaimFixtures.form(policy, hire, "6228480012345678")))
                .status()
                .name());

        assertThat(outcomes).filteredOn("SUBMITTED"::equals).hasSize(1);
        assertThat(outcomes)
                .filteredOn(outcome -> outcome.startsWith("refused"))
                .hasSize(THREADS - 1);
        assertThat(jdbc.sql("select count(*) from subsidy_application where basis_id = :basis")
                        .param("basis", hire.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void eightApproversIntoABudgetWithRoomForThreeApproveExactlyThree() throws Exception {
        PolicyView policy = fixtures.workerPolicy("3000");
        List<ApplicationView> claims = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            claims.add(fixtures.accepted(policy, fixtures.hire("并发审批" + i, 12)));
        }

        List<String> outcomes = race(n -> () -> Callers.runAs(
                        fixtures.approver(n),
                        () -> applications.approve(claims.get(n).id()))
                .status()
                .name());

        assertThat(outcomes).filteredOn("APPROVED"::equals).hasSize(3);
        assertThat(outcomes).filteredOn("refused [OVER_BUDGET]"::equals).hasSize(THREADS - 3);
        assertThat(claims.stream()
                        .map(claim -> Callers.runAs(fixtures.caseworker(), () -> applications.find(claim.id())))
                        .filter(claim -> claim.status() == ApplicationStatus.APPROVED))
                .hasSize(3);
    }

    @Test
    void eightApproversOfOneClaimApproveItOnce() throws Exception {
        PolicyView policy = fixtures.workerPolicy("1000000");
        ApplicationView claim = fixtures.accepted(policy, fixtures.hire("同单并发", 12));
        AtomicInteger approvedEvents = new AtomicInteger();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof SubsidyApproved approved
                    && approved.application().equals(claim.id())) {
                approvedEvents.incrementAndGet();
            }
        };
        ConfigurableApplicationContext events = (ConfigurableApplicationContext) context;
        events.addApplicationListener(listener);
        List<String> outcomes;
        try {
            outcomes = race(n -> () -> Callers.runAs(fixtures.approver(n), () -> applications.approve(claim.id()))
                    .status()
                    .name());
        } finally {
            events.removeApplicationListener(listener);
        }

        assertThat(outcomes).filteredOn("APPROVED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("order NOT_ACCEPTED"::equals).hasSize(THREADS - 1);
        assertThat(approvedEvents).hasValue(1);
        assertThat(count(
                        "select count(*) from subsidy_application_step where application_id = :id"
                                + " and action = 'APPROVED'",
                        claim.id().value()))
                .isEqualTo(1L);
        assertThat(count(
                        "select count(*) from subsidy_stage where application_id = :id",
                        claim.id().value()))
                .isEqualTo(2L);
        assertThat(Callers.runAs(fixtures.caseworker(), () -> applications.find(claim.id()))
                        .status())
                .isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void oneLifetimePolicyClaimedOnTwoPlacementsAtOnceMakesOneClaim() throws Exception {
        PolicyView policy = fixtures.workerPolicy("1000000");
        WorkerId worker = fixtures.people.worker("一生一次" + fixtures.tag, ClaimFixtures.LUXI);
        LocalDate today = BureauTime.today();
        List<PlacementView> hires = List.of(
                fixtures.people.place(worker, ClaimFixtures.LUXI, fixtures.posting(), today.minusMonths(30), 12),
                fixtures.people.place(worker, ClaimFixtures.LUXI, fixtures.posting(), today, 12));

        List<String> outcomes = race(n -> () -> Callers.runAs(
                        fixtures.caseworker(n),
                        () -> applications.apply(ClaimFixtures.form(policy, hires.get(n % 2), "6228480012345678")))
                .status()
                .name());

        assertThat(outcomes).filteredOn("SUBMITTED"::equals).hasSize(1);
        assertThat(outcomes)
                .filteredOn(outcome -> outcome.startsWith("refused"))
                .hasSize(THREADS - 1);
        assertThat(count(
                        "select count(*) from subsidy_application where worker_id = :id and status <> 'REJECTED'",
                        worker.value()))
                .isEqualTo(1L);
    }

    @Test
    void theDatabaseRefusesASecondLiveClaimOfAPersonOnceInALifetime() {
        PolicyView policy = fixtures.workerPolicy("1000000");
        ApplicationView claim = fixtures.apply(policy, fixtures.hire("库约束", 12));

        assertThatThrownBy(() -> copyOnAnotherBasis(claim.id().value(), "SUBMITTED"))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("subsidy_application_once_per_person");
        // A rejected claim is not live: it leaves room for one.
        copyOnAnotherBasis(claim.id().value(), "REJECTED");
        assertThat(count(
                        "select count(*) from subsidy_application where policy_id = :id",
                        policy.id().policy().value()))
                .isEqualTo(2L);
    }

    /** The claim's row again, as if made on another placement of the same person. */
    private void copyOnAnotherBasis(UUID claim, String status) {
        jdbc.sql("""
                        insert into subsidy_application (id, number, policy_id, policy_version, kind, payee_kind,
                            worker_id, household_county, employer_id, basis_kind, basis_id, basis_day, payee_name,
                            bank_name, bank_account, amount_fen, judgement, status, once_scope, created_by,
                            created_role, created_at, changed_at)
                        select :copy, number || '-copy-' || :status, policy_id, policy_version, kind, payee_kind,
                            worker_id, household_county, employer_id, basis_kind, :basis, basis_day, payee_name,
                            bank_name, bank_account, amount_fen, judgement, :status, once_scope, created_by,
                            created_role, created_at, changed_at
                          from subsidy_application where id = :id
                        """)
                .param("copy", UUID.randomUUID())
                .param("basis", UUID.randomUUID())
                .param("status", status)
                .param("id", claim)
                .update();
    }

    private long count(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    /** Starts every task at once; a refusal is an outcome like any other, named by its codes. */
    private static List<String> race(IntFunction<Callable<String>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<String> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (StepOutOfOrderException outOfOrder) {
                        return "order " + outOfOrder.code();
                    } catch (InvalidInputException refused) {
                        return "refused "
                                + refused.violations().stream()
                                        .map(violation -> violation.code())
                                        .filter(code -> !code.equals("INELIGIBLE"))
                                        .limit(1)
                                        .toList();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
