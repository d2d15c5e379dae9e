package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.transport.trips.TripFixtures.CASEWORKER;
import static org.laborbridge.transport.trips.TripFixtures.LUXI;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Callers racing for the last seats, the same worker, and the next batch number, each in its own thread and sign-in. */
@SpringBootTest
class ConcurrentListingTests {

    private static final String OK = "OK";

    @Autowired
    Trips trips;

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

    TripFixtures fixtures;
    JobPostingView posting;

    @BeforeEach
    void setUp() {
        fixtures = new TripFixtures(employers, postings, registry, placements, transactions);
        posting = fixtures.posting("并发测试电子厂", 100);
    }

    @Test
    void parallelAdditionsNeverFillMoreSeatsThanTheVehicleHas() throws Exception {
        int seats = 5;
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(seats, 30));
        List<PlacementView> hires = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            hires.add(fixtures.hired("抢座" + (char) ('甲' + i), LUXI, posting));
        }

        List<String> outcomes = race(hires.stream()
                .<Callable<String>>map(hire -> () -> Callers.runAs(CASEWORKER, () -> {
                    trips.addTraveller(trip.id(), hire.id());
                    return OK;
                }))
                .toList());

        assertThat(outcomes).filteredOn(OK::equals).hasSize(seats);
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals(OK)).containsOnly("FULL");
        assertThat(Callers.runAs(CASEWORKER, () -> trips.manifest(trip.id())).lines())
                .hasSize(seats);
        assertThat(Callers.runAs(CASEWORKER, () -> trips.find(trip.id())).travellers())
                .isEqualTo(seats);
    }

    @Test
    void oneWorkerListedOnTwoOverlappingTripsAtOnceLandsOnOne() throws Exception {
        PlacementView hire = fixtures.hired("双抢甲", LUXI, posting);
        List<TripView> sameTime = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sameTime.add(TripFixtures.plan(trips, TripFixtures.bus(50, 31)));
        }

        List<String> outcomes = race(sameTime.stream()
                .<Callable<String>>map(trip -> () -> Callers.runAs(CASEWORKER, () -> {
                    trips.addTraveller(trip.id(), hire.id());
                    return OK;
                }))
                .toList());

        assertThat(outcomes).filteredOn(OK::equals).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals(OK)).containsOnly("OVERLAPPING_TRIP");
        assertThat(Callers.runAs(CASEWORKER, () -> trips.ofWorker(hire.worker())))
                .hasSize(1);
    }

    @Test
    void parallelPlansOpenConsecutiveBatchesWithoutGapsOrTwins() throws Exception {
        // Wulong is a partner region of its own. Trips are planned at most two years ahead, so
        // other tests may share the year: the numbers must follow on from whatever came first.
        LocalDateTime departure = BureauTime.today().plusYears(2).minusDays(3).atTime(LocalTime.of(8, 0));
        int plans = 8;
        List<Callable<String>> work = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            work.add(() -> Callers.runAs(
                    CASEWORKER,
                    () -> String.valueOf(
                            trips.plan(TripFixtures.form("500156", 50, departure, departure.plusHours(30), null))
                                    .batchNo())));
        }

        List<String> numbers = race(work);

        int first = numbers.stream().mapToInt(Integer::parseInt).min().orElseThrow();
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(first, first + plans)
                        .mapToObj(String::valueOf)
                        .toList());
    }

    /** Starts every call at once and gives each one's outcome: OK or the refusal's code. */
    private static List<String> race(List<Callable<String>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (InvalidInputException refused) {
                        return refused.violations().get(0).code();
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
            threads.shutdownNow();
        }
    }
}
