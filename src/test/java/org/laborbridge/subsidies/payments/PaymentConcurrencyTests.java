package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PaymentBatches.StageRef;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPaid;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Never twice: batches made at once share no stage, and a line paid by many hands is paid once. */
@SpringBootTest
class PaymentConcurrencyTests {

    @Autowired
    PaymentBatches batches;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoBatchesRacingForTheSameStagesShareNone() throws Exception {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy("RACE", 1);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            claims.add(fixtures.claim(policy).write());
        }
        List<StageRef> chosen = claims.stream().map(claim -> claim.stage(1)).toList();
        List<StageRef> reversed = new ArrayList<>(chosen);
        java.util.Collections.reverse(reversed);

        List<Object> outcomes = race(List.of(
                () -> batches.create(null, chosen),
                () -> batches.create(policy.code(), List.of()),
                () -> batches.create(null, reversed)));

        assertThat(outcomes).filteredOn(BatchView.class::isInstance).hasSizeGreaterThanOrEqualTo(1);
        for (Claim claim : claims) {
            assertThat(fixtures.lines(claim)).as(claim.number()).isEqualTo(1);
            assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("IN_BATCH");
        }
        assertThat(outcomes)
                .filteredOn(outcome -> !(outcome instanceof BatchView))
                .allSatisfy(refusal ->
                        assertThat(refusal).isInstanceOf(org.laborbridge.shared.InvalidInputException.class));
    }

    @Test
    void eightHandsMarkingOneLinePaidPayItOnce() throws Exception {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy("HANDS", 1);
        Claim claim = fixtures.claim(policy).write();
        Claim other = fixtures.claim(policy).write();
        BatchView batch = Callers.runAs(
                ClaimFixtures.APPROVER, () -> batches.create(null, List.of(claim.stage(1), other.stage(1))));
        int line = batch.lines().stream()
                .filter(l -> l.applicationNumber().equals(claim.number()))
                .findFirst()
                .orElseThrow()
                .lineNo();
        AtomicInteger paidEvents = new AtomicInteger();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof SubsidyPaid paid
                    && paid.application().equals(claim.id())) {
                paidEvents.incrementAndGet();
            }
        };
        multicaster.addApplicationListener(listener);
        try {
            List<Callable<Object>> hands = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                hands.add(() -> batches.markPaid(batch.id(), List.of(line)));
            }
            List<Object> outcomes = race(hands);

            assertThat(outcomes).filteredOn(BatchView.class::isInstance).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(outcome -> !(outcome instanceof BatchView))
                    .allSatisfy(refusal ->
                            assertThat(refusal).isInstanceOf(org.laborbridge.subsidies.StepOutOfOrderException.class));
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        assertThat(paidEvents).hasValue(1);
        assertThat(fixtures.steps(claim)).containsExactly("IN_BATCH", "PAID");
        assertThat(fixtures.claimStatus(claim)).isEqualTo("PAID");
        assertThat(jdbc.sql("select count(*) from subsidy_payment_line where application_id = :id and status = 'PAID'")
                        .param("id", claim.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** Runs every task as the approver, all released at once; returns each result or its exception. */
    private static List<Object> race(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return Callers.runAs(ClaimFixtures.APPROVER, () -> {
                            try {
                                return task.call();
                            } catch (Exception e) {
                                throw new RaceLost(e);
                            }
                        });
                    } catch (RuntimeException lost) {
                        return lost instanceof RaceLost ? lost.getCause() : lost;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final class RaceLost extends RuntimeException {
        RaceLost(Exception cause) {
            super(cause);
        }
    }
}
