package org.laborbridge.transport.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandForm;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.demand.DemandFixtures;
import org.laborbridge.transport.trips.BatchRegions;
import org.laborbridge.transport.trips.TravellerLocks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The review's findings on demand and planner: date bounds, batch regions shared with the trips, lock order. */
@SpringBootTest
class PlannerReviewFixesTests {

    /** 丰都县, straight under Chongqing: its own batch region, where cutting digits said 500200. */
    private static final String FENGDU = "500230";
    /** 武隆县, retired in 2016 for 武隆区 500156. */
    private static final String WULONG_RETIRED = "500232";

    private static final LocalDate ABSURD = LocalDate.of(300_000_000, 1, 1);

    @Autowired
    ApplicationContext context;

    @Autowired
    TripPlanning planning;

    @Autowired
    TransportDemands demands;

    @Autowired
    BatchRegions batchRegions;

    @Autowired
    TravellerLocks locks;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    DemandFixtures fixtures;
    JobPostingView jinan;
    LocalDate today;
    ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void setUp() {
        fixtures = new DemandFixtures(context);
        jinan = fixtures.posting("复核规划济南电子厂", 100);
        today = BureauTime.today();
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
    }

    /** Before, such dates reached the database and failed there: a 500 instead of a refusal. */
    @Test
    void refusesDatesFarFromTodayInRequestsDemandsAndQueries() {
        assertRefused(
                () -> asCaseworker(() -> planning.propose(new PlanRequest(ABSURD, ABSURD, null))), "from", "TOO_FAR");
        assertRefused(
                () -> asCaseworker(() -> planning.propose(
                        new PlanRequest(today, today.plusYears(2).plusDays(1), null))),
                "to",
                "TOO_FAR");

        PlacementView hire = fixtures.hire("远期复核", "433124", jinan, today.plusDays(40));
        assertRefused(
                () -> asCaseworker(() -> demands.record(
                        new DemandForm(hire.id(), LocalDate.of(-300_000_000, 1, 1), today.plusDays(38), null, null))),
                "earliest",
                "TOO_FAR");
        DemandId waiting = fixtures.waitingDemandOf(hire.id()).orElseThrow();
        assertRefused(
                () -> asCaseworker(() -> demands.change(
                        waiting, new DemandForm(null, today.minusYears(3), today.plusDays(38), null, null))),
                "earliest",
                "TOO_FAR");
        assertRefused(
                () -> asCaseworker(() -> demands.search(new DemandQuery(null, null, ABSURD, null, 0, 10, null))),
                "from",
                "RANGE");
    }

    @Test
    void findsThePlacementsDemandsByPlacement() {
        PlacementView hire = fixtures.hire("按录用查", "433124", jinan, today.plusDays(44));

        assertThat(asCaseworker(() -> demands.search(new DemandQuery(null, null, null, null, 0, 10, hire.id())))
                        .items())
                .extracting(d -> d.placement())
                .containsExactly(hire.id());
    }

    /**
     * Two vehicles on one day from 丰都 and from the retired 武隆县 code: the planner cut both to
     * 500200 and handed the second the first's batch number, which the trips refused (UNKNOWN)
     * or took for another region's batch. Now each numbers in its own region, as trips do.
     */
    @Test
    void confirmsVehiclesFromChongqingIntoTheBatchesTheTripsNumber() {
        LocalDate start = today.plusDays(333);
        PlacementView fengdu = fixtures.hire("丰都复核", FENGDU, jinan, start);
        PlacementView wulong = fixtures.hire("武隆复核", FENGDU, jinan, start);
        // The household county as an older record keeps it: the retired code.
        jdbc.sql("update transport_demand set household_county = :county where placement_id = :placement")
                .param("county", WULONG_RETIRED)
                .param("placement", wulong.id().value())
                .update();
        PlanRequest request = new PlanRequest(start.minusDays(1), start.minusDays(1), "500000");
        PlanProposal proposal = asCaseworker(() -> planning.propose(request));

        List<TripView> confirmed = asCaseworker(() -> planning.confirm(request, proposal.fingerprint()));

        LocalDate day = start.minusDays(1);
        assertThat(confirmed)
                .extracting(TripView::origin, TripView::batchRegion)
                .containsExactlyInAnyOrder(
                        tuple(RegionCode.of(FENGDU), batchRegions.of(RegionCode.of(FENGDU), day)),
                        tuple(RegionCode.of(WULONG_RETIRED), batchRegions.of(RegionCode.of(WULONG_RETIRED), day)));
        assertThat(confirmed).extracting(TripView::travellers).containsOnly(1);
    }

    /**
     * Confirming takes the travellers' trip locks before their demand rows, as a manual listing
     * does: while someone holds a traveller's lock, the confirmation waits without holding the
     * demand rows (before, it locked them first and then waited: a deadlock with the listing).
     */
    @Test
    void confirmingWaitsForTheTravellersLocksBeforeLockingTheirDemands() throws Exception {
        LocalDate start = today.plusDays(321);
        PlacementView hire = fixtures.hire("锁序复核", "433123", jinan, start);
        DemandId demand = fixtures.waitingDemandOf(hire.id()).orElseThrow();
        PlanRequest request = new PlanRequest(start.minusDays(1), start.minusDays(1), "433123");
        PlanProposal proposal = asCaseworker(() -> planning.propose(request));
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<?> holder = threads.submit(() -> transactions.executeWithoutResult(status -> {
            locks.lock(List.of(hire.worker()));
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        Future<List<TripView>> confirming =
                threads.submit(() -> asCaseworker(() -> planning.confirm(request, proposal.fingerprint())));
        assertThatThrownBy(() -> confirming.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);

        // The demand row is free while the confirmation waits: nowait would fail on a held row lock.
        UUID free = transactions.execute(
                status -> jdbc.sql("select id from transport_demand where id = :id for update nowait")
                        .param("id", demand.value())
                        .query(UUID.class)
                        .single());
        assertThat(free).isEqualTo(demand.value());

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        assertThat(confirming.get(30, TimeUnit.SECONDS))
                .filteredOn(trip -> trip.origin().equals(RegionCode.of("433123")))
                .isNotEmpty();
    }

    private static <T> T asCaseworker(Supplier<T> work) {
        return Callers.runAs(DemandFixtures.CASEWORKER, work);
    }

    private static void assertRefused(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .contains(tuple(field, code)));
    }
}
