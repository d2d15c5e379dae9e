package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.laborbridge.transport.trips.TripFixtures.CASEWORKER;
import static org.laborbridge.transport.trips.TripFixtures.LUXI;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TripStep;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.WorkerChanged;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The review's findings on the trips core: date bounds, privacy of staff records, list sizes, locks, batches. */
@SpringBootTest
class TripReviewFixesTests {

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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TripRows rows;

    @Autowired
    TravellerLocks locks;

    @Autowired
    TripHouseholdMoves moves;

    @Autowired
    BatchRegions batchRegions;

    TripFixtures fixtures;
    JobPostingView posting;
    ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setUp() {
        fixtures = new TripFixtures(employers, postings, registry, placements, transactions);
        posting = fixtures.posting("复核测试电子厂", 50);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    /** Before, a year the database cannot hold overflowed in Timestamp.from: a 500 instead of a refusal. */
    @Test
    void refusesDeparturesYearsAheadAndJourneysOfOverAWeek() {
        LocalDateTime departure = BureauTime.today().plusDays(5).atTime(LocalTime.of(8, 0));
        LocalDateTime absurd = LocalDateTime.of(300_000_000, 1, 1, 8, 0);

        refused(
                () -> TripFixtures.plan(trips, TripFixtures.form(LUXI, 50, absurd, absurd.plusHours(20), null)),
                "plannedDeparture",
                "TOO_FAR");
        refused(
                () -> TripFixtures.plan(
                        trips,
                        TripFixtures.form(
                                LUXI,
                                50,
                                departure.plusYears(2).plusDays(1),
                                departure.plusYears(2).plusDays(2),
                                null)),
                "plannedDeparture",
                "TOO_FAR");
        refused(
                () -> TripFixtures.plan(trips, TripFixtures.form(LUXI, 50, departure, absurd, null)),
                "plannedArrival",
                "TOO_LONG");
        refused(
                () -> TripFixtures.plan(
                        trips,
                        TripFixtures.form(
                                LUXI, 50, departure, departure.plusDays(7).plusMinutes(1), null)),
                "plannedArrival",
                "TOO_LONG");
        assertThat(TripFixtures.plan(trips, TripFixtures.form(LUXI, 50, departure, departure.plusDays(7), null))
                        .id())
                .isNotNull();
    }

    @Test
    void anEmployerAndAWorkerSeeNeitherCheckNotesNorStaffUsernames() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(10, 40));
        PlacementView hire = fixtures.hired("隐私复核", LUXI, posting);
        Callers.runAs(CASEWORKER, () -> {
            trips.addTraveller(trip.id(), hire.id());
            trips.recordCheck(trip.id(), hire.worker(), "HEALTH", true, "血压偏高，已复测");
            trips.startBoarding(trip.id());
            return trips.board(trip.id(), hire.worker());
        });

        Manifest staff = Callers.runAs(CASEWORKER, () -> trips.manifest(trip.id()));
        assertThat(staff.lines().get(0).checks())
                .extracting(c -> c.note(), c -> c.by())
                .containsExactly(tuple("血压偏高，已复测", "caseworker"));
        assertThat(staff.lines().get(0).boardedBy()).isEqualTo("caseworker");
        assertThat(staff.trip().steps()).extracting(TripStep::by).containsOnly("caseworker");

        for (var reader : List.of(TripFixtures.employerOf(hire.employer()), TripFixtures.workerSelf(hire.worker()))) {
            Manifest seen = Callers.runAs(reader, () -> trips.manifest(trip.id()));
            ManifestLine line = seen.lines().get(0);
            assertThat(line.checks()).extracting(c -> c.passed()).containsExactly(true);
            assertThat(line.checks()).extracting(c -> c.note(), c -> c.by()).containsExactly(tuple(null, null));
            assertThat(line.boardedBy()).isNull();
            assertThat(seen.trip().steps())
                    .isNotEmpty()
                    .extracting(TripStep::by)
                    .containsOnlyNulls();
            assertThat(Callers.runAs(reader, () -> trips.find(trip.id())).steps())
                    .extracting(TripStep::by)
                    .containsOnlyNulls();
        }
    }

    @Test
    void refusesMoreTravellersAtOnceThanAnyVehicleSeatsBeforeReadingThem() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(10, 41));
        List<PlacementId> endless =
                Collections.nCopies(TripDetails.MAX_SEATS + 1, new PlacementId(java.util.UUID.randomUUID()));

        refused(
                () -> Callers.runAs(CASEWORKER, () -> trips.addTravellers(trip.id(), endless)),
                "placements",
                "TOO_MANY");
    }

    @Test
    void fullNumbersOfManyWorkersAreForBureauAndPartnerStaffOnly() {
        PlacementView hire = fixtures.hired("全号复核", LUXI, posting);

        assertThat(Callers.runAs(CASEWORKER, () -> registry.recordsInFullOf(List.of(hire.worker()))))
                .hasSize(1);
        assertThat(Callers.runAs(
                        TripFixtures.partnerFor("433100"), () -> registry.recordsInFullOf(List.of(hire.worker()))))
                .hasSize(1);
        for (var other : List.of(TripFixtures.employerOf(hire.employer()), TripFixtures.workerSelf(hire.worker()))) {
            assertThatThrownBy(() -> Callers.runAs(other, () -> registry.recordsInFullOf(List.of(hire.worker()))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Lists count seats in SQL: the listed trips come without their manifests, yet with the right count. */
    @Test
    void listsCountSeatsWithoutLoadingTheManifest() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(10, 42));
        List<PlacementView> hires = List.of(
                fixtures.hired("计数甲", LUXI, posting),
                fixtures.hired("计数乙", LUXI, posting),
                fixtures.hired("计数丙", LUXI, posting));
        Callers.runAs(CASEWORKER, () -> {
            trips.addTravellers(trip.id(), hires.stream().map(PlacementView::id).toList());
            trips.removeTraveller(trip.id(), hires.get(2).worker());
            return null;
        });

        List<TripRows.Listed> listed =
                rows.listed("t.id = :id", Map.of("id", trip.id().value()), 10, 0, null);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).trip().lines()).isEmpty();
        assertThat(listed.get(0).seatsTaken()).isEqualTo(2);

        List<TripRows.Listed> ofOne = rows.listed(
                "t.id = :id",
                Map.of("id", trip.id().value()),
                10,
                0,
                hires.get(0).worker());
        assertThat(ofOne.get(0).trip().lines())
                .extracting(Line::worker)
                .containsExactly(hires.get(0).worker());
        assertThat(Callers.runAs(CASEWORKER, () -> trips.ofWorker(hires.get(0).worker())))
                .extracting(found -> found.trip().travellers())
                .containsExactly(2);
    }

    /** Before, the household move wrote the lines at once, while a listing of the same worker was still deciding. */
    @Test
    void aHouseholdMoveWaitsForTheWorkersTripLock() throws Exception {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(10, 43));
        PlacementView hire = fixtures.hired("迁户复核", LUXI, posting);
        Callers.runAs(CASEWORKER, () -> trips.addTraveller(trip.id(), hire.id()));
        WorkerId worker = hire.worker();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<?> holder = threads.submit(() -> transactions.executeWithoutResult(status -> {
            locks.lock(List.of(worker));
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> move = threads.submit(() -> transactions.executeWithoutResult(
                status -> moves.on(new WorkerChanged(worker, "433123", Set.of("householdRegion"), Instant.now()))));

        assertThatThrownBy(() -> move.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        move.get(10, TimeUnit.SECONDS);
        assertThat(jdbc.sql("select household_county from manifest_line where worker_id = :worker")
                        .param("worker", worker.value())
                        .query(String.class)
                        .list())
                .containsOnly("433123");
    }

    /**
     * Chongqing's counties sit right under the municipality, so a county is its own batch region
     * (cutting digits would say 500200); the retired 武隆县 500232 numbers as today's 武隆区 500156.
     */
    @Test
    void batchRegionsFollowTheDirectoryNotTheDigits() {
        var day = BureauTime.today().plusDays(30);

        assertThat(batchRegions.of(RegionCode.of("500230"), day)).isEqualTo(RegionCode.of("500230"));
        assertThat(batchRegions.of(RegionCode.of("500232"), day))
                .isEqualTo(batchRegions.of(RegionCode.of("500156"), day))
                .isNotEqualTo(RegionCode.of("500200"));
    }

    private static void refused(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .contains(tuple(field, code)));
    }
}
