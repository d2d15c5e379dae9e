package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.laborbridge.transport.trips.TripFixtures.CASEWORKER;
import static org.laborbridge.transport.trips.TripFixtures.HUANGZHOU;
import static org.laborbridge.transport.trips.TripFixtures.LUXI;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TravellerHandedOver;
import org.laborbridge.transport.TravellerListed;
import org.laborbridge.transport.TravellerMissedDeparture;
import org.laborbridge.transport.TravellerRemoved;
import org.laborbridge.transport.TravellerShare;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripArrived;
import org.laborbridge.transport.TripCancelled;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripHandedOver;
import org.laborbridge.transport.TripQuery;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripStep;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.WorkerTrip;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@RecordApplicationEvents
class TripServiceTests {

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
    ApplicationEvents events;

    @Autowired
    TransportDemands demands;

    TripFixtures fixtures;
    JobPostingView posting;

    @BeforeEach
    void setUp() {
        fixtures = new TripFixtures(employers, postings, registry, placements, transactions);
        posting = fixtures.posting("行程测试电子厂", 200);
    }

    @Test
    void plansInTheNextBatchOfTheOriginsPartnerRegion() {
        TripView first = TripFixtures.plan(trips, TripFixtures.bus(50, 3));
        TripView second = TripFixtures.plan(trips, TripFixtures.bus(50, 3));

        assertThat(first.batchRegion()).isEqualTo(RegionCode.of("433100"));
        assertThat(first.batchYear()).isEqualTo(BureauTime.today().plusDays(3).getYear());
        assertThat(second.batchNo()).isEqualTo(first.batchNo() + 1);
        assertThat(first.status()).isEqualTo(TripStatus.PLANNED);
        assertThat(first.steps())
                .extracting(TripStep::status, TripStep::by)
                .containsExactly(tuple(TripStatus.PLANNED, "caseworker"));
        assertThat(first.originName()).isEqualTo("泸溪县");
    }

    @Test
    void aSecondVehicleJoinsAnExistingBatchButNotAnUnknownOne() {
        TripView first = TripFixtures.plan(trips, TripFixtures.bus(50, 4));
        TripForm sameBatch = TripFixtures.form(
                LUXI,
                118,
                first.plannedDeparture().atZone(BureauTime.ZONE).toLocalDateTime(),
                first.plannedArrival().atZone(BureauTime.ZONE).toLocalDateTime(),
                first.batchNo());

        TripView joined = TripFixtures.plan(trips, sameBatch);

        assertThat(joined.batchNo()).isEqualTo(first.batchNo());
        refused(
                () -> TripFixtures.plan(
                        trips,
                        TripFixtures.form(
                                LUXI,
                                50,
                                sameBatch.plannedDeparture(),
                                sameBatch.plannedArrival(),
                                first.batchNo() + 1000)),
                "batchNo",
                "UNKNOWN");
    }

    @Test
    void aTripFromOutsideThePartnerRegionsIsNumberedByItsPrefecture() {
        LocalDateTime departure = TripFixtures.tomorrow().atTime(LocalTime.of(9, 0));

        TripView trip =
                TripFixtures.plan(trips, TripFixtures.form("370112", 50, departure, departure.plusHours(3), null));

        assertThat(trip.batchRegion()).isEqualTo(RegionCode.of("370100"));
    }

    @Test
    void refusesAFormWithEveryReasonAtOnceAndStoresNothing() {
        long before = tripCount();
        LocalDateTime yesterday = BureauTime.today().minusDays(1).atTime(8, 0);
        TripForm bad = new TripForm(
                null, null, null, RegionCode.of("999999"), null, List.of(), yesterday, yesterday, 0, null, null);

        assertThatThrownBy(() -> TripFixtures.plan(trips, bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactlyInAnyOrder(
                                        tuple("mode", "REQUIRED"),
                                        tuple("origin", "UNKNOWN"),
                                        tuple("destinations", "REQUIRED"),
                                        tuple("plannedDeparture", "PAST"),
                                        tuple("plannedArrival", "NOT_AFTER_DEPARTURE"),
                                        tuple("seats", "RANGE"),
                                        tuple("totalCost", "REQUIRED")));
        assertThat(tripCount()).isEqualTo(before);
    }

    @Test
    void aNegativeOrNonNumericCostIsRefusedBeforeAnyTripExists() {
        // Money cannot be negative, so a form can only carry one through TotalCost, which refuses it.
        refused(
                () -> TripFixtures.withCost(TripFixtures.bus(50, 3), TotalCost.parse("-9000")),
                "totalCost",
                "NEGATIVE");
        refused(() -> TotalCost.parse("九千元"), "totalCost", "FORMAT");
        TripView free = TripFixtures.plan(trips, TripFixtures.withCost(TripFixtures.bus(50, 3), Money.ZERO));
        assertThat(free.totalCost()).isEqualTo(Money.ZERO);
    }

    @Test
    void listsTravellersUpToTheSeatsAndNobodyTwice() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(2, 5));
        PlacementView first = fixtures.hired("满座甲", LUXI, posting);
        PlacementView second = fixtures.hired("满座乙", LUXI, posting);
        PlacementView third = fixtures.hired("满座丙", LUXI, posting);

        ManifestLine listed = asCaseworker(() -> trips.addTraveller(trip.id(), first.id()));
        asCaseworker(() -> trips.addTraveller(trip.id(), second.id()));

        refused(() -> asCaseworker(() -> trips.addTraveller(trip.id(), third.id())), "placement", "FULL");
        refused(() -> asCaseworker(() -> trips.addTraveller(trip.id(), first.id())), "placement", "ALREADY_LISTED");
        assertThat(listed.status()).isEqualTo(TravellerStatus.LISTED);
        assertThat(listed.name()).isEqualTo("满座甲");
        assertThat(listed.residentId()).contains("*");
        assertThat(listed.employerName()).isEqualTo("行程测试电子厂");
        assertThat(listed.charterFullySubsidised()).isTrue();
        assertThat(asCaseworker(() -> trips.find(trip.id())).travellers()).isEqualTo(2);
        assertThat(events.stream(TravellerListed.class).filter(e -> e.trip().equals(trip.id())))
                .extracting(TravellerListed::placement)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void refusesAWorkerOnATripOverlappingAnotherOfTheirs() {
        TripView monday = TripFixtures.plan(trips, TripFixtures.bus(50, 6));
        TripView sameTime = TripFixtures.plan(trips, TripFixtures.bus(50, 6));
        TripView nextWeek = TripFixtures.plan(trips, TripFixtures.bus(50, 13));
        PlacementView placement = fixtures.hired("重叠甲", LUXI, posting);
        asCaseworker(() -> trips.addTraveller(monday.id(), placement.id()));

        refused(
                () -> asCaseworker(() -> trips.addTraveller(sameTime.id(), placement.id())),
                "placement",
                "OVERLAPPING_TRIP");
        assertThat(asCaseworker(() -> trips.addTraveller(nextWeek.id(), placement.id()))
                        .status())
                .isEqualTo(TravellerStatus.LISTED);
        assertThat(asCaseworker(() -> trips.find(sameTime.id())).travellers()).isZero();
    }

    @Test
    void refusesNewTimesThatWouldMakeATravellersTripsOverlap() {
        TripView early = TripFixtures.plan(trips, TripFixtures.bus(50, 7));
        TripView late = TripFixtures.plan(trips, TripFixtures.bus(50, 14));
        PlacementView placement = fixtures.hired("改期甲", LUXI, posting);
        asCaseworker(() -> trips.addTraveller(early.id(), placement.id()));
        asCaseworker(() -> trips.addTraveller(late.id(), placement.id()));

        refused(
                () -> asCaseworker(() -> trips.change(late.id(), TripFixtures.bus(50, 7))),
                "plannedDeparture",
                "OVERLAPPING_TRIP");
        refused(() -> asCaseworker(() -> trips.change(late.id(), TripFixtures.bus(0, 14))), "seats", "RANGE");
        TripView changed = asCaseworker(() -> trips.change(late.id(), TripFixtures.bus(30, 15)));
        assertThat(changed.seats()).isEqualTo(30);
        assertThat(changed.batchNo()).isEqualTo(late.batchNo());
    }

    @Test
    void refusesAPlacementThatEndedOrGoesWhereTheTripDoesNot() {
        TripView toJinan = TripFixtures.plan(trips, TripFixtures.bus(50, 8));
        TripView toHangzhou = TripFixtures.plan(trips, TripFixtures.withDestination(TripFixtures.bus(50, 9), "330100"));
        PlacementView left = fixtures.hired("离岗甲", LUXI, posting);
        Callers.runAs(
                CASEWORKER,
                () -> placements.recordLeaving(left.id(), BureauTime.today(), LeavingReason.RESIGNED, null));
        PlacementView jinanJob = fixtures.hired("目的地甲", LUXI, posting);

        refused(() -> asCaseworker(() -> trips.addTraveller(toJinan.id(), left.id())), "placement", "LEFT");
        refused(
                () -> asCaseworker(() -> trips.addTraveller(toHangzhou.id(), jinanJob.id())),
                "placement",
                "NOT_A_DESTINATION");
        refused(
                () -> asCaseworker(() -> trips.addTraveller(toJinan.id(), PlacementId.random())),
                "placement",
                "UNKNOWN");
    }

    @Test
    void aListIsAllOrNothingAndNamesTheRowItStoppedAt() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(50, 10));
        PlacementView first = fixtures.hired("名单甲", LUXI, posting);
        PlacementView second = fixtures.hired("名单乙", LUXI, posting);

        assertThatThrownBy(() -> asCaseworker(
                        () -> trips.addTravellers(trip.id(), List.of(first.id(), second.id(), first.id()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::row, Violation::field, Violation::code)
                                .containsExactly(tuple(3, "placement", "ALREADY_LISTED")));
        assertThat(asCaseworker(() -> trips.manifest(trip.id())).lines()).isEmpty();

        assertThat(asCaseworker(() -> trips.addTravellers(trip.id(), List.of(first.id(), second.id()))))
                .extracting(ManifestLine::placement)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void theStatusNeverMovesBackwardsNorSkipsAStep() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(50, 11));
        PlacementView placement = fixtures.hired("顺序甲", LUXI, posting);
        asCaseworker(() -> trips.addTraveller(trip.id(), placement.id()));
        LocalDateTime now = LocalDateTime.now(BureauTime.ZONE);

        refused(() -> asCaseworker(() -> trips.depart(trip.id(), now)), "status", "INVALID_TRANSITION");
        refused(() -> asCaseworker(() -> trips.arrive(trip.id(), now)), "status", "INVALID_TRANSITION");
        refused(() -> asCaseworker(() -> trips.close(trip.id())), "status", "INVALID_TRANSITION");
        asCaseworker(() -> trips.startBoarding(trip.id()));
        refused(() -> asCaseworker(() -> trips.startBoarding(trip.id())), "status", "INVALID_TRANSITION");
        refused(() -> asCaseworker(() -> trips.change(trip.id(), TripFixtures.bus(50, 11))), "status", "NOT_PLANNED");
        refused(() -> asCaseworker(() -> trips.board(trip.id(), placement.worker())), "check", "NOT_PASSED");
        refused(
                () -> asCaseworker(() -> trips.recordCheck(trip.id(), placement.worker(), "X_RAY", true, null)),
                "check",
                "UNKNOWN");

        assertThat(asCaseworker(() -> trips.find(trip.id())).status()).isEqualTo(TripStatus.BOARDING);
    }

    @Test
    void arrivalSharesTheCostExactlyOverThoseOnBoardAndFlagsTheCharterSubsidy() {
        TripView trip =
                TripFixtures.plan(trips, TripFixtures.withCost(TripFixtures.bus(50, 12), Money.ofYuan("100.00")));
        PlacementView luxi1 = fixtures.hired("分摊甲", LUXI, posting);
        PlacementView luxi2 = fixtures.hired("分摊乙", LUXI, posting);
        PlacementView huangzhou = fixtures.hired("分摊丙", HUANGZHOU, posting);
        PlacementView noShow = fixtures.hired("分摊丁", LUXI, posting);
        asCaseworker(
                () -> trips.addTravellers(trip.id(), List.of(luxi1.id(), luxi2.id(), huangzhou.id(), noShow.id())));
        List<WorkerId> travelled = List.of(luxi1.worker(), luxi2.worker(), huangzhou.worker());

        TripView arrived = TripFixtures.carry(trips, trip, travelled, List.of(noShow.worker()));

        List<TravellerShare> shares = asCaseworker(() -> trips.shares(trip.id()));
        assertThat(arrived.status()).isEqualTo(TripStatus.ARRIVED);
        assertThat(shares)
                .extracting(TravellerShare::worker)
                .containsExactlyElementsOf(travelled.stream()
                        .sorted(Comparator.comparing(WorkerId::toString))
                        .toList());
        assertThat(shares).extracting(share -> share.share().fen()).containsExactly(3334L, 3333L, 3333L);
        assertThat(shares)
                .filteredOn(share -> share.worker().equals(huangzhou.worker()))
                .extracting(TravellerShare::charterFullySubsidised)
                .containsExactly(false);
        assertThat(shares)
                .filteredOn(share -> !share.worker().equals(huangzhou.worker()))
                .extracting(TravellerShare::charterFullySubsidised)
                .containsOnly(true);
        assertThat(events.stream(TripArrived.class).filter(e -> e.trip().equals(trip.id())))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.shares()).containsExactlyElementsOf(shares);
                    assertThat(event.totalCost()).isEqualTo(Money.ofYuan("100"));
                    assertThat(event.batchNo()).isEqualTo(trip.batchNo());
                });
    }

    @Test
    void handsOverOnlyToTheHiringEmployerAndClosesOnceEveryoneIsHandedOver() {
        JobPostingView elsewhere = fixtures.posting("别家机械厂", 10);
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(50, 16));
        PlacementView first = fixtures.hired("交接甲", LUXI, posting);
        PlacementView second = fixtures.hired("交接乙", LUXI, posting);
        asCaseworker(() -> trips.addTravellers(trip.id(), List.of(first.id(), second.id())));
        TripFixtures.carry(trips, trip, List.of(first.worker(), second.worker()));

        refused(
                () -> asCaseworker(() -> trips.handOver(trip.id(), first.worker(), elsewhere.employerId(), "李主管")),
                "employer",
                "NOT_THE_EMPLOYER");
        refused(
                () -> asCaseworker(() -> trips.handOver(trip.id(), first.worker(), posting.employerId(), " ")),
                "receivedBy",
                "REQUIRED");
        ManifestLine handedOver = Callers.runAs(
                TripFixtures.employerOf(posting.employerId()),
                () -> trips.handOver(trip.id(), first.worker(), posting.employerId(), "王主管"));
        refused(() -> asCaseworker(() -> trips.close(trip.id())), "travellers", "NOT_ALL_HANDED_OVER");
        asCaseworker(() -> trips.handOver(trip.id(), second.worker(), posting.employerId(), "王主管"));

        TripView closed = asCaseworker(() -> trips.close(trip.id()));

        assertThat(handedOver.status()).isEqualTo(TravellerStatus.HANDED_OVER);
        assertThat(handedOver.receivedBy()).isEqualTo("王主管");
        assertThat(handedOver.handedOverBy()).isEqualTo("employer-" + posting.employerId());
        assertThat(closed.status()).isEqualTo(TripStatus.HANDED_OVER);
        assertThat(closed.steps())
                .extracting(TripStep::status)
                .containsExactly(
                        TripStatus.PLANNED,
                        TripStatus.BOARDING,
                        TripStatus.DEPARTED,
                        TripStatus.ARRIVED,
                        TripStatus.HANDED_OVER);
        assertThat(events.stream(TravellerHandedOver.class).filter(e -> e.trip().equals(trip.id())))
                .extracting(TravellerHandedOver::worker, TravellerHandedOver::employer)
                .containsExactly(
                        tuple(first.worker(), posting.employerId()), tuple(second.worker(), posting.employerId()));
        assertThat(events.stream(TripHandedOver.class).filter(e -> e.trip().equals(trip.id())))
                .extracting(TripHandedOver::travellers)
                .containsExactly(2);
        assertThat(timelineKinds(first.worker()))
                .contains("TRIP_LISTED", "TRIP_BOARDED", "TRIP_DEPARTED", "TRIP_ARRIVED", "TRIP_HANDED_OVER");
    }

    @Test
    void cancellingFreesTheTravellersForAnotherTrip() {
        TripView cancelled = TripFixtures.plan(trips, TripFixtures.bus(50, 17));
        TripView replacement = TripFixtures.plan(trips, TripFixtures.bus(50, 17));
        PlacementView placement = fixtures.hired("取消甲", LUXI, posting);
        asCaseworker(() -> trips.addTraveller(cancelled.id(), placement.id()));

        refused(() -> asCaseworker(() -> trips.cancel(cancelled.id(), "")), "reason", "REQUIRED");
        TripView view = asCaseworker(() -> trips.cancel(cancelled.id(), "车辆故障"));

        assertThat(view.status()).isEqualTo(TripStatus.CANCELLED);
        assertThat(view.cancelReason()).isEqualTo("车辆故障");
        assertThat(view.travellers()).isZero();
        assertThat(asCaseworker(() -> trips.manifest(cancelled.id())).lines())
                .extracting(ManifestLine::status)
                .containsExactly(TravellerStatus.REMOVED);
        assertThat(events.stream(TripCancelled.class).filter(e -> e.trip().equals(cancelled.id())))
                .extracting(TripCancelled::released)
                .containsExactly(List.of(placement.id()));
        assertThat(asCaseworker(() -> trips.addTraveller(replacement.id(), placement.id()))
                        .status())
                .isEqualTo(TravellerStatus.LISTED);
        assertThat(asCaseworker(() -> trips.ofWorker(placement.worker())))
                .extracting(workerTrip -> workerTrip.trip().id())
                .containsExactly(replacement.id());
        assertThat(timelineKinds(placement.worker())).contains("TRIP_REMOVED");
    }

    @Test
    void removingATravellerFreesTheSeatAndTellsTheDemand() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(1, 18));
        PlacementView first = fixtures.hired("移出甲", LUXI, posting);
        PlacementView second = fixtures.hired("移出乙", LUXI, posting);
        asCaseworker(() -> trips.addTraveller(trip.id(), first.id()));

        asCaseworker(() -> {
            trips.removeTraveller(trip.id(), first.worker());
            return null;
        });

        assertThat(asCaseworker(() -> trips.addTraveller(trip.id(), second.id()))
                        .name())
                .isEqualTo("移出乙");
        assertThat(events.stream(TravellerRemoved.class).filter(e -> e.trip().equals(trip.id())))
                .containsExactly(new TravellerRemoved(trip.id(), first.worker(), first.id()));
    }

    @Test
    void aNoShowIsOfferedTheNextVehicle() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(50, 19));
        PlacementView placement =
                fixtures.hiredStarting("误车甲", LUXI, posting, BureauTime.today().plusDays(30));
        asCaseworker(() -> trips.addTraveller(trip.id(), placement.id()));
        assertThat(demandOf(placement).status()).isEqualTo(DemandStatus.PLANNED);

        asCaseworker(() -> trips.startBoarding(trip.id()));
        asCaseworker(() -> trips.markNoShow(trip.id(), placement.worker()));

        assertThat(events.stream(TravellerMissedDeparture.class)
                        .filter(e -> e.trip().equals(trip.id())))
                .containsExactly(new TravellerMissedDeparture(trip.id(), placement.worker(), placement.id()));
        DemandView demand = demandOf(placement);
        assertThat(demand.status()).isEqualTo(DemandStatus.OPEN);
        assertThat(demand.trip()).isNull();
    }

    private DemandView demandOf(PlacementView placement) {
        List<DemandView> found = asCaseworker(
                        () -> demands.search(new DemandQuery(null, null, null, null, 0, 10, placement.id())))
                .items();
        assertThat(found).as("one demand for the hire").hasSize(1);
        return found.get(0);
    }

    @Test
    void aWorkerSeesTheirNextTripFirst() {
        PlacementView placement = fixtures.hired("行程甲", LUXI, posting);
        TripView later = TripFixtures.plan(trips, TripFixtures.bus(50, 25));
        TripView sooner = TripFixtures.plan(trips, TripFixtures.bus(50, 20));
        asCaseworker(() -> trips.addTraveller(later.id(), placement.id()));
        asCaseworker(() -> trips.addTraveller(sooner.id(), placement.id()));

        List<WorkerTrip> own =
                Callers.runAs(TripFixtures.workerSelf(placement.worker()), () -> trips.ofWorker(placement.worker()));

        assertThat(own).extracting(workerTrip -> workerTrip.trip().id()).containsExactly(sooner.id(), later.id());
        assertThat(own.get(0).line().worker()).isEqualTo(placement.worker());
        assertThat(own.get(0).trip().gatheringPoint()).isEqualTo("泸溪县汽车站");
    }

    @Test
    void searchesByOriginStatusAndMode() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(50, 21));

        assertThat(asCaseworker(() -> trips.search(
                                new TripQuery(TripStatus.PLANNED, TransportMode.BUS, "433100", null, null, 0, 100)))
                        .items())
                .extracting(TripView::id)
                .contains(trip.id());
        assertThat(asCaseworker(() -> trips.search(new TripQuery(null, null, "370100", null, null, 0, 100)))
                        .items())
                .extracting(TripView::id)
                .doesNotContain(trip.id());
        assertThat(asCaseworker(() -> trips.search(new TripQuery(
                                null, null, null, TripFixtures.tomorrow().plusDays(20), null, 0, 100)))
                        .items())
                .extracting(TripView::id)
                .contains(trip.id());
    }

    @Test
    void theFullManifestIsForThoseWhoCheckIdCardsAndEachViewIsLoggedOnce() {
        TripView trip = TripFixtures.plan(trips, TripFixtures.bus(50, 22));
        PlacementView placement = fixtures.hired("全号甲", LUXI, posting);
        asCaseworker(() -> trips.addTraveller(trip.id(), placement.id()));
        long before = auditEntries(trip);

        Manifest full = asCaseworker(() -> trips.manifestInFull(trip.id()));
        Manifest masked = asCaseworker(() -> trips.manifest(trip.id()));

        assertThat(full.full()).isTrue();
        assertThat(full.lines()).singleElement().satisfies(line -> {
            assertThat(line.residentId()).hasSize(18).doesNotContain("*");
            assertThat(line.phone()).hasSize(11).doesNotContain("*");
        });
        assertThat(masked.full()).isFalse();
        assertThat(masked.lines())
                .singleElement()
                .satisfies(line -> assertThat(line.residentId()).contains("*"));
        assertThat(full.requiredChecks()).containsExactly("HEALTH");
        assertThat(auditEntries(trip)).isEqualTo(before + 1);
    }

    @Test
    void aCorrectedHouseholdCountyTakesTheTravellerToTheNewRegionsPartner() {
        LocalDateTime departure = TripFixtures.tomorrow().plusDays(23).atTime(LocalTime.of(9, 0));
        TripView fromJinan =
                TripFixtures.plan(trips, TripFixtures.form("370112", 50, departure, departure.plusHours(2), null));
        PlacementView placement = fixtures.hired("迁户乙", LUXI, posting);
        asCaseworker(() -> trips.addTraveller(fromJinan.id(), placement.id()));
        assertThat(Callers.runAs(TripFixtures.partnerFor("433100"), () -> trips.find(fromJinan.id())))
                .isNotNull();

        asCaseworker(() -> registry.change(
                placement.worker(),
                new WorkerForm(
                        "迁户乙",
                        registry.revealResidentId(placement.worker()),
                        HUANGZHOU,
                        null,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null)));

        assertThatThrownBy(() -> Callers.runAs(TripFixtures.partnerFor("433100"), () -> trips.find(fromJinan.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(Callers.runAs(TripFixtures.partnerFor("421100"), () -> trips.manifest(fromJinan.id()))
                        .lines())
                .extracting(ManifestLine::householdCounty)
                .containsExactly(HUANGZHOU);
    }

    private long auditEntries(TripView trip) {
        return jdbc.sql("select count(*) from audit_log where subject_type = 'trip' and subject_id = :id")
                .param("id", trip.id().toString())
                .query(Long.class)
                .single();
    }

    private long tripCount() {
        return jdbc.sql("select count(*) from trip").query(Long.class).single();
    }

    private List<String> timelineKinds(WorkerId worker) {
        return Callers.runAs(CASEWORKER, () -> registry.timeline(worker)).stream()
                .map(TimelineEntry::kind)
                .toList();
    }

    private static <T> T asCaseworker(Supplier<T> work) {
        return Callers.runAs(CASEWORKER, work);
    }

    private static void refused(ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(tuple(field, code)));
    }
}
