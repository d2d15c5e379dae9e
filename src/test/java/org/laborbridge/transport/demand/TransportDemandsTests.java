package org.laborbridge.transport.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandForm;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.TravellerHandedOver;
import org.laborbridge.transport.TravellerListed;
import org.laborbridge.transport.TravellerMissedDeparture;
import org.laborbridge.transport.TravellerRemoved;
import org.laborbridge.transport.TripCancelled;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

/**
 * Transport demands on the real database: opened by themselves for hires from Xiangxi to Jinan,
 * recorded and changed by the origin, refused when wrong, and following the trips' events.
 */
@SpringBootTest
class TransportDemandsTests {

    private static final String LUXI = "433122";
    private static final String FENGHUANG = "433123";
    private static final String YISHUI = "371323";
    private static final String LICHENG = "370112";

    @Autowired
    ApplicationContext context;

    @Autowired
    TransportDemands demands;

    @Autowired
    Placements placements;

    @Autowired
    WorkerRegistry registry;

    DemandFixtures fixtures;
    JobPostingView jinan;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new DemandFixtures(context);
        jinan = fixtures.posting("出行需求测试济南电子厂", 500);
        today = BureauTime.today();
    }

    @Test
    void opensTheWeekBeforeTheStartForAHireFromXiangxiToJinan() {
        LocalDate start = today.plusDays(20);
        PlacementView placement = fixtures.hire("向自动", LUXI, jinan, start);

        DemandView demand = asCaseworker(() -> demands.find(demandOf(placement)));

        assertThat(demand.status()).isEqualTo(DemandStatus.OPEN);
        assertThat(demand.earliest()).isEqualTo(start.minusDays(7));
        assertThat(demand.latest()).isEqualTo(start.minusDays(1));
        assertThat(demand.householdCounty()).isEqualTo(LUXI);
        assertThat(demand.householdCountyName()).isEqualTo("泸溪县");
        assertThat(demand.workRegion().value()).isEqualTo("370102");
        assertThat(demand.workRegionName()).isEqualTo("历下区");
        assertThat(demand.employerName()).isEqualTo("出行需求测试济南电子厂");
        assertThat(demand.workerName()).isNotBlank();
        assertThat(demand.createdBy()).isEqualTo("system");
        assertThat(demand.trip()).isNull();
    }

    @Test
    void opensFromTodayWhenTheWeekBeforeTheStartHasBegun() {
        PlacementView placement = fixtures.hire("向临近", LUXI, jinan, today.plusDays(2));

        DemandView demand = asCaseworker(() -> demands.find(demandOf(placement)));

        assertThat(demand.earliest()).isEqualTo(today);
        assertThat(demand.latest()).isEqualTo(today.plusDays(1));
    }

    @Test
    void opensNothingForALocalHireNorWhenTheTravelWeekIsOver() {
        PlacementView local = fixtures.hire("济南本地", LICHENG, jinan, today.plusDays(20));
        PlacementView started = fixtures.hire("向已上岗", LUXI, jinan, today.minusDays(3));

        assertThat(fixtures.demandsOf(local.id())).isZero();
        assertThat(fixtures.demandsOf(started.id())).isZero();
    }

    @Test
    void recordsADemandForALocalHireOnRequest() {
        LocalDate start = today.plusDays(10);
        PlacementView local = fixtures.hire("济南需接送", LICHENG, jinan, start);

        DemandView recorded = asCaseworker(() -> demands.record(
                new DemandForm(local.id(), start.minusDays(3), start.minusDays(1), " 历城区政府广场 ", "行动不便")));

        assertThat(recorded.status()).isEqualTo(DemandStatus.OPEN);
        assertThat(recorded.gatheringPoint()).isEqualTo("历城区政府广场");
        assertThat(recorded.createdBy()).isEqualTo("caseworker");
        assertThat(asCaseworker(() -> demands.find(recorded.id()))).isEqualTo(recorded);
    }

    @Test
    void refusesASecondDemandForThePlacement() {
        PlacementView placement = fixtures.hire("向重复", LUXI, jinan, today.plusDays(20));

        assertRefused(
                () -> asCaseworker(() -> demands.record(form(placement.id(), today.plusDays(12), today.plusDays(15)))),
                "placement",
                "DUPLICATE");
        assertThat(fixtures.demandsOf(placement.id())).isOne();
    }

    @Test
    void ofTwoPeopleRecordingForOnePlacementAtOnceOneSucceeds() throws Exception {
        LocalDate start = today.plusDays(12);
        PlacementView local = fixtures.hire("济南并发", LICHENG, jinan, start);
        Callable<String> recording = () -> {
            try {
                record(local.id(), start.minusDays(3), start.minusDays(1));
                return "recorded";
            } catch (InvalidInputException refused) {
                return refused.violations().get(0).code();
            }
        };

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> outcomes = pool.invokeAll(List.of(recording, recording)).stream()
                    .map(TransportDemandsTests::outcome)
                    .toList();
            assertThat(outcomes).containsExactlyInAnyOrder("recorded", "DUPLICATE");
        } finally {
            pool.shutdown();
        }
        assertThat(fixtures.demandsOf(local.id())).isOne();
    }

    private static String outcome(Future<String> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesBadWindows() {
        LocalDate start = today.plusDays(10);
        PlacementView local = fixtures.hire("济南窗口", LICHENG, jinan, start);

        assertRefused(() -> record(local.id(), start.minusDays(2), start.minusDays(5)), "latest", "REVERSED");
        assertRefused(() -> record(local.id(), start.minusDays(2), start), "latest", "NOT_BEFORE_START");
        assertRefused(() -> record(local.id(), start.minusDays(2), start.plusDays(3)), "latest", "NOT_BEFORE_START");
        assertRefused(() -> record(local.id(), today.minusDays(5), today.minusDays(1)), "latest", "PAST");
        assertRefused(() -> record(local.id(), null, start.minusDays(1)), "earliest", "REQUIRED");
        assertThat(fixtures.demandsOf(local.id())).isZero();
    }

    @Test
    void refusesAPlacementTheWorkerHasLeft() {
        PlacementView placement = fixtures.hire("向离岗", LUXI, jinan, today.minusDays(10));
        asCaseworker(() -> placements.recordLeaving(placement.id(), today, LeavingReason.FAMILY, null));

        assertRefused(() -> record(placement.id(), today, today.plusDays(2)), "placement", "LEFT");
    }

    @Test
    void cancelsTheOpenDemandWhenThePlacementEndsBeforeTheJourney() {
        PlacementView placement = fixtures.hire("向未出发离岗", LUXI, jinan, today.plusDays(20));
        DemandId demand = demandOf(placement);

        // A job ended before its start: recorded on the start day at the earliest, so end it the
        // way the platform does when the worker never turns up (the placements' own event).
        fixtures.publish(new org.laborbridge.placements.PlacementEnded(
                placement.id(),
                placement.worker(),
                LUXI,
                placement.employer(),
                placement.startDate(),
                placement.startDate(),
                LeavingReason.OTHER,
                placement.monthlyWage(),
                Instant.now()));

        assertThat(asCaseworker(() -> demands.find(demand)).status()).isEqualTo(DemandStatus.CANCELLED);
    }

    @Test
    void aPartnerRecordsForTheirOwnPeopleOnly() {
        LocalDate start = today.plusDays(15);
        PlacementView linyi = fixtures.hire("沂水伙伴", YISHUI, jinan, start);
        DemandId opened = demandOf(linyi);
        Caller xiangxi = DemandFixtures.partnerFor("433100");
        Caller linyiPartner = DemandFixtures.partnerFor("371321", "371323", "371325", "371328");

        assertThatThrownBy(() -> Callers.runAs(xiangxi, () -> demands.find(opened)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Callers.runAs(
                        xiangxi,
                        () -> demands.change(opened, form(linyi.id(), start.minusDays(4), start.minusDays(2)))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Callers.runAs(xiangxi, () -> demands.cancel(opened, "不去了")))
                .isInstanceOf(RecordNotFoundException.class);

        DemandView changed = Callers.runAs(
                linyiPartner,
                () -> demands.change(
                        opened, new DemandForm(null, start.minusDays(4), start.minusDays(2), "沂水县人社局门口", null)));
        assertThat(changed.earliest()).isEqualTo(start.minusDays(4));
        assertThat(changed.gatheringPoint()).isEqualTo("沂水县人社局门口");

        Callers.runAs(linyiPartner, () -> demands.cancel(opened, "已自行到岗"));
        // Cancelled, the placement may get a new demand — but not from a partner of another region.
        assertThatThrownBy(() -> Callers.runAs(
                        xiangxi, () -> demands.record(form(linyi.id(), start.minusDays(3), start.minusDays(1)))))
                .isInstanceOf(RecordNotFoundException.class);
        DemandView again = Callers.runAs(
                linyiPartner, () -> demands.record(form(linyi.id(), start.minusDays(3), start.minusDays(1))));
        assertThat(again.createdBy()).isEqualTo(linyiPartner.username());
    }

    @Test
    void theEmployerReadsTheirHiresDemandsAndChangesNothingTheWorkerSeesNone() {
        PlacementView placement = fixtures.hire("向企业可见", FENGHUANG, jinan, today.plusDays(20));
        DemandId demand = demandOf(placement);
        Caller own = DemandFixtures.employerOf(jinan.employerId());
        Caller other =
                DemandFixtures.employerOf(fixtures.posting("出行需求测试别家厂", 5).employerId());
        Caller worker = DemandFixtures.workerOf(placement.worker());

        assertThat(Callers.runAs(own, () -> demands.find(demand)).placement()).isEqualTo(placement.id());
        assertThat(Callers.runAs(own, () -> demands.search(new DemandQuery(null, FENGHUANG, null, null, 0, 100, null)))
                        .items())
                .extracting(DemandView::id)
                .contains(demand);
        assertThatThrownBy(() -> Callers.runAs(own, () -> demands.cancel(demand, "不要了")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Callers.runAs(
                        own, () -> demands.record(form(placement.id(), today.plusDays(14), today.plusDays(15)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Callers.runAs(own, demands::mayRecord)).isFalse();

        assertThatThrownBy(() -> Callers.runAs(other, () -> demands.find(demand)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(Callers.runAs(
                                other, () -> demands.search(new DemandQuery(null, FENGHUANG, null, null, 0, 100, null)))
                        .items())
                .extracting(DemandView::id)
                .doesNotContain(demand);

        assertThatThrownBy(() -> Callers.runAs(worker, () -> demands.find(demand)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Callers.runAs(
                        worker, () -> demands.search(new DemandQuery(null, null, null, null, 0, 20, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void searchesInScopeByStatusRegionAndWindow() {
        LocalDate start = today.plusDays(40);
        PlacementView luxi = fixtures.hire("向搜索甲", LUXI, jinan, start);
        PlacementView yishui = fixtures.hire("沂水搜索乙", YISHUI, jinan, start);
        DemandId luxiDemand = demandOf(luxi);
        DemandId yishuiDemand = demandOf(yishui);
        Caller xiangxi = DemandFixtures.partnerFor("433100");

        List<DemandId> partnersList = Callers.runAs(
                        xiangxi,
                        () -> demands.search(
                                new DemandQuery(DemandStatus.OPEN, null, start.minusDays(3), start, 0, 100, null)))
                .items()
                .stream()
                .map(DemandView::id)
                .toList();
        assertThat(partnersList).contains(luxiDemand).doesNotContain(yishuiDemand);

        List<DemandId> linyiCounty = asCaseworker(
                        () -> demands.search(new DemandQuery(null, YISHUI, start.minusDays(3), start, 0, 100, null)))
                .items()
                .stream()
                .map(DemandView::id)
                .toList();
        assertThat(linyiCounty).contains(yishuiDemand).doesNotContain(luxiDemand);

        assertThat(asCaseworker(() -> demands.search(
                                new DemandQuery(null, LUXI, start.plusDays(1), start.plusDays(5), 0, 100, null)))
                        .items())
                .extracting(DemandView::id)
                .doesNotContain(luxiDemand);
        assertThat(asCaseworker(() -> demands.search(
                                new DemandQuery(DemandStatus.PLANNED, LUXI, start.minusDays(3), start, 0, 100, null)))
                        .items())
                .extracting(DemandView::id)
                .doesNotContain(luxiDemand);
        assertRefused(
                () -> asCaseworker(() -> demands.search(new DemandQuery(null, "43", null, null, 0, 10, null))),
                "region",
                "FORMAT");
        assertRefused(
                () -> asCaseworker(
                        () -> demands.search(new DemandQuery(null, null, start, start.minusDays(1), 0, 10, null))),
                "to",
                "REVERSED");
    }

    @Test
    void followsTheTravellerOnAndOffTheTripsUntilHandedOver() {
        PlacementView placement = fixtures.hire("向跟随", LUXI, jinan, today.plusDays(20));
        DemandId demand = demandOf(placement);
        TripId bus = TripId.random();
        TripId carriage = TripId.random();
        Instant departure = Instant.now();

        fixtures.publish(new TravellerListed(bus, placement.worker(), LUXI, placement.id(), departure));
        assertThat(statusOf(demand)).isEqualTo(DemandStatus.PLANNED);
        assertThat(asCaseworker(() -> demands.find(demand)).trip()).isEqualTo(bus);
        assertRefused(
                () -> asCaseworker(() -> demands.change(demand, form(null, today.plusDays(14), today.plusDays(15)))),
                "status",
                "INVALID_TRANSITION");
        assertRefused(() -> asCaseworker(() -> demands.cancel(demand, "改期")), "status", "INVALID_TRANSITION");

        fixtures.publish(new TravellerRemoved(carriage, placement.worker(), placement.id()));
        assertThat(statusOf(demand)).as("taken off some other trip").isEqualTo(DemandStatus.PLANNED);
        fixtures.publish(new TravellerRemoved(bus, placement.worker(), placement.id()));
        assertThat(statusOf(demand)).isEqualTo(DemandStatus.OPEN);
        assertThat(asCaseworker(() -> demands.find(demand)).trip()).isNull();

        fixtures.publish(new TravellerListed(carriage, placement.worker(), LUXI, placement.id(), departure));
        fixtures.publish(new TripCancelled(carriage, "暴雨停运", List.of(placement.id()), Instant.now()));
        assertThat(statusOf(demand)).isEqualTo(DemandStatus.OPEN);

        fixtures.publish(new TravellerListed(bus, placement.worker(), LUXI, placement.id(), departure));
        fixtures.publish(new TravellerHandedOver(
                bus, placement.worker(), LUXI, placement.id(), placement.employer(), "人事部王经理", Instant.now()));
        DemandView travelled = asCaseworker(() -> demands.find(demand));
        assertThat(travelled.status()).isEqualTo(DemandStatus.TRAVELLED);
        assertThat(travelled.trip()).isEqualTo(bus);
    }

    @Test
    void theWorkersTimelineShowsTheDemandOpenedChangedAndCancelled() {
        LocalDate start = today.plusDays(20);
        PlacementView placement = fixtures.hire("向时间线", LUXI, jinan, start);
        DemandId demand = demandOf(placement);

        asCaseworker(() ->
                demands.change(demand, new DemandForm(null, start.minusDays(5), start.minusDays(2), "泸溪县汽车站", null)));
        asCaseworker(() -> demands.cancel(demand, "自行前往"));

        List<TimelineEntry> steps =
                Callers.runAs(DemandFixtures.CASEWORKER, () -> registry.timeline(placement.worker())).stream()
                        .filter(step -> step.kind().startsWith("TRANSPORT_DEMAND_"))
                        .toList();
        assertThat(steps)
                .extracting(TimelineEntry::kind, TimelineEntry::actor)
                .containsExactly(
                        tuple("TRANSPORT_DEMAND_OPENED", "caseworker"),
                        tuple("TRANSPORT_DEMAND_CHANGED", "caseworker"),
                        tuple("TRANSPORT_DEMAND_CANCELLED", "caseworker"));
        assertThat(details(steps.get(0)))
                .containsExactly(entry("demandWindow", start.minusDays(7) + "–" + start.minusDays(1)));
        assertThat(details(steps.get(1)))
                .containsExactly(
                        entry("demandWindow", start.minusDays(5) + "–" + start.minusDays(2)),
                        entry("demandGatheringPoint", "泸溪县汽车站"));
        assertThat(details(steps.get(2))).containsEntry("demandReason", "自行前往");
    }

    @Test
    void aDemandRecordedByHandIsOnTheTimelineAndSoIsOneTheEndedJobCancelled() {
        LocalDate start = today.plusDays(10);
        PlacementView local = fixtures.hire("济南时间线", LICHENG, jinan, start);
        record(local.id(), start.minusDays(3), start.minusDays(1));
        fixtures.publish(new org.laborbridge.placements.PlacementEnded(
                local.id(),
                local.worker(),
                LICHENG,
                local.employer(),
                start,
                start,
                LeavingReason.OTHER,
                local.monthlyWage(),
                Instant.now()));

        List<TimelineEntry> steps =
                Callers.runAs(DemandFixtures.CASEWORKER, () -> registry.timeline(local.worker())).stream()
                        .filter(step -> step.kind().startsWith("TRANSPORT_DEMAND_"))
                        .toList();
        assertThat(steps)
                .extracting(TimelineEntry::kind)
                .containsExactly("TRANSPORT_DEMAND_OPENED", "TRANSPORT_DEMAND_CANCELLED");
        assertThat(details(steps.get(1))).containsEntry("demandReason", "PLACEMENT_ENDED");
    }

    private static Map<String, String> details(TimelineEntry step) {
        Map<String, String> details = new LinkedHashMap<>();
        step.changes().forEach((field, change) -> details.put(field, change.to()));
        return details;
    }

    @Test
    void opensAgainWhenTheTravellerMissesTheDeparture() {
        PlacementView placement = fixtures.hire("向误车", LUXI, jinan, today.plusDays(20));
        DemandId demand = demandOf(placement);
        TripId bus = TripId.random();
        fixtures.publish(new TravellerListed(bus, placement.worker(), LUXI, placement.id(), Instant.now()));

        fixtures.publish(new TravellerMissedDeparture(TripId.random(), placement.worker(), placement.id()));
        assertThat(statusOf(demand)).as("missed some other vehicle").isEqualTo(DemandStatus.PLANNED);
        fixtures.publish(new TravellerMissedDeparture(bus, placement.worker(), placement.id()));

        DemandView missed = asCaseworker(() -> demands.find(demand));
        assertThat(missed.status()).isEqualTo(DemandStatus.OPEN);
        assertThat(missed.trip()).isNull();
    }

    @Test
    void ignoresLinesWithoutAPlacement() {
        TripId historical = TripId.random();
        PlacementView placement = fixtures.hire("向历史", LUXI, jinan, today.plusDays(20));

        fixtures.publish(new TravellerListed(historical, placement.worker(), LUXI, null, Instant.now()));

        assertThat(statusOf(demandOf(placement))).isEqualTo(DemandStatus.OPEN);
    }

    private DemandStatus statusOf(DemandId demand) {
        return asCaseworker(() -> demands.find(demand)).status();
    }

    private DemandId demandOf(PlacementView placement) {
        return fixtures.waitingDemandOf(placement.id()).orElseThrow();
    }

    private DemandView record(PlacementId placement, LocalDate earliest, LocalDate latest) {
        return asCaseworker(() -> demands.record(form(placement, earliest, latest)));
    }

    private static DemandForm form(PlacementId placement, LocalDate earliest, LocalDate latest) {
        return new DemandForm(placement, earliest, latest, null, null);
    }

    private static <T> T asCaseworker(java.util.function.Supplier<T> work) {
        return Callers.runAs(DemandFixtures.CASEWORKER, work);
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, code)));
    }
}
