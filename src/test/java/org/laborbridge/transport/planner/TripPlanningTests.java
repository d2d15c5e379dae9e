package org.laborbridge.transport.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandForm;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.DemandPage;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.demand.DemandFixtures;
import org.laborbridge.transport.planning.DepartureExplanation;
import org.laborbridge.transport.planning.ModeOption;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The planner service on the real database, from demands opened by real hires. Each test plans
 * its own Xiangxi county (and days), so the demands of one never enter another's plan.
 */
@SpringBootTest
class TripPlanningTests {

    private static final String LONGSHAN = "433130";
    private static final String GUZHANG = "433126";
    private static final String BAOJING = "433125";
    private static final String YONGSHUN = "433127";

    @Autowired
    ApplicationContext context;

    @Autowired
    TripPlanning planning;

    @Autowired
    TransportDemands demands;

    @Autowired
    Trips trips;

    @Autowired
    JdbcClient jdbc;

    DemandFixtures fixtures;
    JobPostingView jinan;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new DemandFixtures(context);
        jinan = fixtures.posting("规划测试济南电子厂", 1000);
        today = BureauTime.today();
    }

    /**
     * 100 workers start on day D and 30 three days later: the 100 must travel on D-1, where one
     * carriage (118 seats, 16,000 yuan) is cheaper than the two buses they would fill, and its 18
     * spare seats take 18 of the others early; the last 12 go by one bus on their own last day.
     */
    @Test
    void proposesACarriageWithItsSpareSeatsFilledAndABusFor130TravellersFromLongshan() {
        LocalDate start = today.plusDays(30);
        IntStream.range(0, 100).forEach(i -> fixtures.hire("龙山甲" + i, LONGSHAN, jinan, start));
        IntStream.range(0, 30).forEach(i -> fixtures.hire("龙山乙" + i, LONGSHAN, jinan, start.plusDays(3)));
        PlanRequest request = new PlanRequest(start.minusDays(7), start.plusDays(2), LONGSHAN);

        PlanProposal proposal = asCaseworker(() -> planning.propose(request));

        assertThat(proposal.travellers()).isEqualTo(130);
        assertThat(proposal.unplanned()).isEmpty();
        assertThat(proposal.totalCost()).isEqualTo(Money.ofYuan("25000"));
        assertThat(proposal.trips())
                .extracting(
                        t -> t.proposal().mode(),
                        t -> t.proposal().travelDay(),
                        t -> t.travellers().size())
                .containsExactly(
                        tuple(TransportMode.CARRIAGE, start.minusDays(1), 118),
                        tuple(TransportMode.BUS, start.plusDays(2), 12));
        assertThat(proposal.trips()).allSatisfy(trip -> {
            assertThat(trip.originName()).isEqualTo("龙山县");
            assertThat(trip.destinationName()).isEqualTo("历下区");
            assertThat(trip.travellers())
                    .allSatisfy(demand -> assertThat(demand.earliest())
                            .isBeforeOrEqualTo(trip.proposal().travelDay()));
            assertThat(trip.travellers())
                    .allSatisfy(demand -> assertThat(demand.latest())
                            .isAfterOrEqualTo(trip.proposal().travelDay()));
        });

        DepartureExplanation carriageDay = proposal.departures().get(0);
        assertThat(carriageDay.travellers()).isEqualTo(118);
        assertThat(carriageDay.mustTravel()).isEqualTo(100);
        assertThat(carriageDay.options())
                .extracting(ModeOption::mode, ModeOption::vehicles, ModeOption::cost, ModeOption::vehiclesChosen)
                .containsExactly(
                        tuple(TransportMode.BUS, 3, Money.ofYuan("27000"), 0),
                        tuple(TransportMode.CARRIAGE, 1, Money.ofYuan("16000"), 1),
                        tuple(TransportMode.TRAIN, 1, Money.ofYuan("180000"), 0),
                        tuple(TransportMode.FLIGHT, 1, Money.ofYuan("120000"), 0));
        // Fair: nobody could have been carried more cheaply per head by any single mode that day.
        assertThat(carriageDay.options())
                .allSatisfy(
                        option -> assertThat(carriageDay.costPerPerson()).isLessThanOrEqualTo(option.costPerPerson()));
        assertThat(proposal.fingerprint())
                .hasSize(64)
                .isEqualTo(asCaseworker(() -> planning.propose(request)).fingerprint());
    }

    /**
     * Confirmed through the real trips core: the carriage and the bus leave Yongshun the same
     * morning in one batch of the Xiangxi partner region, each traveller listed, each demand
     * PLANNED on its vehicle; the same plan cannot be confirmed twice.
     */
    @Test
    void confirmsTheProposalIntoOneBatchOfTripsWithEveryTravellerListed() {
        LocalDate start = today.plusDays(45);
        List<PlacementView> hired = IntStream.range(0, 130)
                .mapToObj(i -> fixtures.hire("永顺" + i, YONGSHUN, jinan, start))
                .toList();
        for (PlacementView placement : hired.subList(0, 3)) {
            DemandId demand = fixtures.waitingDemandOf(placement.id()).orElseThrow();
            asCaseworker(() -> demands.change(
                    demand, new DemandForm(null, start.minusDays(7), start.minusDays(1), "永顺县汽车站", null)));
        }
        PlanRequest request = new PlanRequest(start.minusDays(7), start.minusDays(1), YONGSHUN);
        PlanProposal proposal = asCaseworker(() -> planning.propose(request));

        List<TripView> confirmed = asCaseworker(() -> planning.confirm(request, proposal.fingerprint()));

        LocalDate travelDay = start.minusDays(1);
        Instant departure = travelDay.atTime(8, 0).atZone(BureauTime.ZONE).toInstant();
        assertThat(confirmed)
                .extracting(TripView::mode, TripView::seats, TripView::travellers, TripView::totalCost)
                .containsExactly(
                        tuple(TransportMode.CARRIAGE, 118, 118, Money.ofYuan("16000")),
                        tuple(TransportMode.BUS, 50, 12, Money.ofYuan("9000")));
        assertThat(confirmed).allSatisfy(trip -> {
            assertThat(trip.status()).isEqualTo(TripStatus.PLANNED);
            assertThat(trip.origin().value()).isEqualTo(YONGSHUN);
            assertThat(trip.destinations()).extracting(RegionCode::value).containsExactly("370102");
            assertThat(trip.batchRegion().value()).isEqualTo("433100");
            assertThat(trip.plannedDeparture()).isEqualTo(departure);
        });
        assertThat(confirmed.get(0).batchNo()).isEqualTo(confirmed.get(1).batchNo());
        assertThat(confirmed.get(0).plannedArrival()).isEqualTo(departure.plus(Duration.ofHours(16)));
        assertThat(confirmed.get(1).plannedArrival()).isEqualTo(departure.plus(Duration.ofHours(20)));
        for (int i = 0; i < confirmed.size(); i++) {
            ProposedTrip proposed = proposal.trips().get(i);
            boolean asked = proposed.travellers().stream().anyMatch(d -> d.gatheringPoint() != null);
            assertThat(confirmed.get(i).gatheringPoint()).isEqualTo(asked ? "永顺县汽车站" : "永顺县");
        }

        List<TripId> tripIds = confirmed.stream().map(TripView::id).toList();
        DemandPage planned = asCaseworker(() -> demands.search(
                new DemandQuery(DemandStatus.PLANNED, YONGSHUN, travelDay, travelDay, 0, DemandQuery.MAX_SIZE, null)));
        assertThat(planned.total()).isEqualTo(130);
        assertThat(planned.items())
                .allSatisfy(demand -> assertThat(demand.trip()).isIn(tripIds));
        assertRefused(
                () -> asCaseworker(() -> planning.confirm(request, proposal.fingerprint())), "fingerprint", "STALE");

        // The bus called off: its 12 travellers wait for transport again, and the next plan has them.
        asCaseworker(() -> trips.cancel(confirmed.get(1).id(), "暴雨停运"));
        PlanProposal replanned = asCaseworker(() -> planning.propose(request));
        assertThat(replanned.travellers()).isEqualTo(12);
        assertThat(replanned.trips()).extracting(t -> t.proposal().mode()).containsExactly(TransportMode.BUS);
    }

    @Test
    void refusesToConfirmAPlanWhoseDemandsHaveChangedSinceItWasProposed() {
        LocalDate start = today.plusDays(25);
        List<PlacementView> hired = IntStream.range(0, 3)
                .mapToObj(i -> fixtures.hire("古丈" + i, GUZHANG, jinan, start))
                .toList();
        PlanRequest request = new PlanRequest(start.minusDays(7), start.minusDays(1), GUZHANG);
        PlanProposal proposal = asCaseworker(() -> planning.propose(request));
        assertThat(proposal.travellers()).isEqualTo(3);

        DemandId changed = fixtures.waitingDemandOf(hired.get(0).id()).orElseThrow();
        asCaseworker(() ->
                demands.change(changed, new DemandForm(null, start.minusDays(4), start.minusDays(2), "古丈县汽车站", null)));

        assertRefused(
                () -> asCaseworker(() -> planning.confirm(request, proposal.fingerprint())), "fingerprint", "STALE");
        assertRefused(() -> asCaseworker(() -> planning.confirm(request, " ")), "fingerprint", "REQUIRED");
        assertThat(asCaseworker(() -> planning.propose(request)).fingerprint()).isNotEqualTo(proposal.fingerprint());
    }

    @Test
    void listsADemandWhoseWindowHasPassedAsUnplanned() {
        LocalDate start = today.plusDays(3);
        PlacementView late = fixtures.hire("保靖迟", BAOJING, jinan, start);
        PlacementView onTime = fixtures.hire("保靖准", BAOJING, jinan, start);
        DemandId lateDemand = fixtures.waitingDemandOf(late.id()).orElseThrow();
        // Days pass: a window nobody planned in time ends before today.
        jdbc.sql("update transport_demand set earliest = :earliest, latest = :latest where id = :id")
                .param("earliest", today.minusDays(4))
                .param("latest", today.minusDays(1))
                .param("id", lateDemand.value())
                .update();

        PlanProposal proposal =
                asCaseworker(() -> planning.propose(new PlanRequest(today.minusDays(5), start, BAOJING)));

        // Other tests' demands share the database (and may share the county): only ours are judged.
        List<PlacementId> mine = List.of(late.id(), onTime.id());
        assertThat(proposal.unplanned())
                .filteredOn(unplanned -> mine.contains(unplanned.demand().placement()))
                .extracting(unplanned -> unplanned.demand().id(), UnplannedDemand::reason)
                .containsExactly(tuple(lateDemand, UnplannedDemand.WINDOW_PASSED));
        List<ProposedTrip> carrying = proposal.trips().stream()
                .filter(trip -> trip.travellers().stream().anyMatch(d -> mine.contains(d.placement())))
                .toList();
        assertThat(carrying).hasSize(1);
        assertThat(carrying.get(0).travellers())
                .extracting(DemandView::placement)
                .contains(onTime.id())
                .doesNotContain(late.id());
        assertThat(carrying.get(0).proposal().travelDay()).isAfterOrEqualTo(today);
    }

    @Test
    void refusesBadRequests() {
        assertRefused(
                () -> asCaseworker(() -> planning.propose(new PlanRequest(null, today, null))), "from", "REQUIRED");
        assertRefused(
                () -> asCaseworker(() -> planning.propose(new PlanRequest(today, today.minusDays(1), null))),
                "to",
                "REVERSED");
        assertRefused(
                () -> asCaseworker(() -> planning.propose(new PlanRequest(today, today.plusDays(92), null))),
                "to",
                "TOO_LONG");
        assertRefused(
                () -> asCaseworker(() -> planning.confirm(new PlanRequest(today, today.plusDays(92), null), "x")),
                "to",
                "TOO_LONG");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ADMIN", "CASEWORKER", "APPROVER", "PARTNER", "EMPLOYER", "WORKER"})
    void onlyAdminsAndCaseworkersPlan(String role) {
        Caller caller = new Caller(
                "planner-" + role,
                null,
                Role.valueOf(role),
                role.equals("PARTNER") ? List.of("433100") : List.of(),
                role.equals("EMPLOYER") ? jinan.employerId().value() : null,
                null);
        boolean planner = role.equals("ADMIN") || role.equals("CASEWORKER");
        // A far-off empty fortnight: planning it changes nothing, whoever may.
        PlanRequest request = new PlanRequest(today.plusDays(300), today.plusDays(314), "433124");

        assertThat(Callers.runAs(caller, planning::mayPlan)).isEqualTo(planner);
        if (planner) {
            PlanProposal proposal = Callers.runAs(caller, () -> planning.propose(request));
            assertThat(proposal.trips()).isEmpty();
            assertThat(Callers.runAs(caller, () -> planning.confirm(request, proposal.fingerprint())))
                    .isEmpty();
        } else {
            assertThatThrownBy(() -> Callers.runAs(caller, () -> planning.propose(request)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Callers.runAs(caller, () -> planning.confirm(request, "x")))
                    .isInstanceOf(AccessDeniedException.class);
        }
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
                                .containsExactly(tuple(field, code)));
    }
}
