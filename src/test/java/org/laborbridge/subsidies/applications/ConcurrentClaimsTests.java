package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Never twice, under load: racing claims on one basis and racing approvals on one budget. */
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
