package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class PlacingTests {

    private static final String LUXI = "433122";

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Placements placements;

    @Autowired
    TransactionTemplate transactions;

    PlacementFixtures fixtures;
    JobPostingView posting;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        posting = fixtures.posting("录用测试电子厂", 50);
    }

    @Test
    void placesWithThreeChecksAndAStepOnTheTimeline() {
        WorkerId worker = fixtures.worker("录用甲", LUXI);
        LocalDate start = BureauTime.today().plusDays(10);

        PlacementView placed = fixtures.place(worker, LUXI, posting, start, 12);

        assertThat(placed.status()).isEqualTo(PlacementStatus.STARTING);
        assertThat(placed.endDate()).isEqualTo(start.plusMonths(12));
        assertThat(placed.workerName()).isEqualTo("录用甲");
        assertThat(placed.employerName()).isEqualTo("录用测试电子厂");
        assertThat(placed.checks())
                .extracting(RetentionCheckView::month, RetentionCheckView::dueOn)
                .containsExactly(
                        tuple(1, start.plusMonths(1)), tuple(3, start.plusMonths(3)), tuple(6, start.plusMonths(6)));
        List<TimelineEntry> timeline = Callers.runAs(PlacementFixtures.CASEWORKER, () -> registry.timeline(worker));
        assertThat(timeline).extracting(TimelineEntry::kind).contains("PLACED");
        assertThat(timeline.get(timeline.size() - 1).changes()).containsKeys("employer", "jobType", "startDate");
    }

    @Test
    void refusesAnOverlappingPlacementUntilTheFirstHasEnded() {
        WorkerId worker = fixtures.worker("录用乙", LUXI);
        LocalDate start = BureauTime.today().minusDays(20);
        PlacementView first = fixtures.place(worker, LUXI, posting, start, 6);

        assertThatThrownBy(() -> fixtures.place(worker, LUXI, posting, start.plusMonths(2), 6))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(tuple("startDate", "OVERLAPPING_PLACEMENT")));

        Callers.runAs(
                PlacementFixtures.CASEWORKER,
                () -> placements.recordLeaving(first.id(), BureauTime.today(), LeavingReason.RESIGNED, null));
        PlacementView second = fixtures.place(worker, LUXI, posting, start.plusMonths(2), 6);

        assertThat(second.status()).isEqualTo(PlacementStatus.STARTING);
        assertThat(Callers.runAs(PlacementFixtures.CASEWORKER, () -> placements.ofWorker(worker)))
                .extracting(PlacementView::id)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void acceptsAContractStartingTheDayTheCurrentOneEnds() {
        WorkerId worker = fixtures.worker("录用丙", LUXI);
        PlacementView first = fixtures.place(worker, LUXI, posting, BureauTime.today(), 3);

        PlacementView next = fixtures.place(worker, LUXI, posting, first.endDate(), 12);

        assertThat(next.startDate()).isEqualTo(first.endDate());
    }

    @Test
    void aRefusalRollsBackTheCallersWholeTransaction() {
        WorkerId worker = fixtures.worker("录用丁", LUXI);
        LocalDate start = BureauTime.today();
        fixtures.place(worker, LUXI, posting, start, 6);
        WorkerId other = fixtures.worker("录用戊", LUXI);

        // The accepting module's transaction: one good placement, then a refused one.
        assertThatThrownBy(() -> Callers.runAs(
                        PlacementFixtures.CASEWORKER,
                        () -> transactions.execute(status -> {
                            placements.place(fixtures.hire(other, LUXI, posting, start, 6));
                            return placements.place(fixtures.hire(worker, LUXI, posting, start, 6));
                        })))
                .isInstanceOf(InvalidInputException.class);

        assertThat(Callers.runAs(PlacementFixtures.CASEWORKER, () -> placements.ofWorker(other)))
                .isEmpty();
    }

    @Test
    void ofTwoConcurrentPlacementsOfOneWorkerExactlyOneSucceeds() throws Exception {
        WorkerId worker = fixtures.worker("并发录用", LUXI);
        int attempts = 8;
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                LocalDate start = BureauTime.today().plusDays(i);
                outcomes.add(threads.submit(() -> {
                    ready.await();
                    try {
                        fixtures.place(worker, LUXI, posting, start, 6);
                        return "PLACED";
                    } catch (InvalidInputException refused) {
                        return refused.violations().get(0).code();
                    }
                }));
            }
            ready.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                codes.add(outcome.get());
            }

            assertThat(codes).filteredOn("PLACED"::equals).hasSize(1);
            assertThat(codes).filteredOn(code -> !code.equals("PLACED")).containsOnly("OVERLAPPING_PLACEMENT");
        } finally {
            threads.shutdownNow();
        }
        assertThat(Callers.runAs(PlacementFixtures.CASEWORKER, () -> placements.ofWorker(worker)))
                .hasSize(1);
    }

    @Test
    void aWorkerSeesTheirOwnPlacementsAndNoOneElses() {
        WorkerId worker = fixtures.worker("录用己", LUXI);
        WorkerId stranger = fixtures.worker("录用庚", LUXI);
        PlacementView own = fixtures.place(worker, LUXI, posting, BureauTime.today(), 6);
        PlacementView theirs = fixtures.place(stranger, LUXI, posting, BureauTime.today(), 6);
        Caller self = new Caller("self", null, Role.WORKER, List.of(), null, worker.value());

        assertThat(Callers.runAs(self, () -> placements.ofWorker(worker)))
                .extracting(PlacementView::id)
                .containsExactly(own.id());
        assertThat(Callers.runAs(self, () -> placements.ofWorker(stranger))).isEmpty();
        assertThatThrownBy(() -> Callers.runAs(self, () -> placements.find(theirs.id())))
                .isInstanceOf(RecordNotFoundException.class);
    }
}
