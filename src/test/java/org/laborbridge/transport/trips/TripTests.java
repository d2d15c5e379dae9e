package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TravellerHandedOver;
import org.laborbridge.transport.TravellerListed;
import org.laborbridge.transport.TravellerShare;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripArrived;
import org.laborbridge.transport.TripCancelled;
import org.laborbridge.transport.TripHandedOver;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripStep;
import org.laborbridge.workers.WorkerId;

class TripTests {

    private static final Instant DEPARTURE = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant ARRIVAL = DEPARTURE.plusSeconds(20 * 3600);
    private static final Instant LATER = ARRIVAL.plusSeconds(3600);
    private static final String LUXI = "433122";
    private static final EmployerId EMPLOYER = new EmployerId(UUID.randomUUID());
    private static final PreDepartureChecks HEALTH = new PreDepartureChecks(List.of("HEALTH"));

    private Trip trip;

    @BeforeEach
    void planABusOfThreeSeats() {
        trip = Trip.plan(TripId.random(), new Batch(RegionCode.of("433100"), 2026, 1), details(3), actor("planner"));
        trip.releaseEvents();
    }

    @Test
    void aPlannedTripRecordsWhoPlannedItAndWhen() {
        assertThat(trip.status()).isEqualTo(TripStatus.PLANNED);
        assertThat(trip.steps())
                .extracting(TripStep::status, TripStep::by)
                .containsExactly(tuple(TripStatus.PLANNED, "planner"));
    }

    @Test
    void listsTravellersUpToTheSeatsAndNobodyTwice() {
        Line.Traveller first = traveller();
        trip.list(first, true, actor("caseworker"));
        refused(() -> trip.list(first, true, actor("caseworker")), "placement", "ALREADY_LISTED");
        trip.list(traveller(), true, actor("caseworker"));
        trip.list(traveller(), false, actor("caseworker"));

        refused(() -> trip.list(traveller(), true, actor("caseworker")), "placement", "FULL");
        assertThat(trip.seatsTaken()).isEqualTo(3);
        assertThat(trip.releaseEvents()).hasSize(3).allMatch(TravellerListed.class::isInstance);
    }

    @Test
    void aRemovedTravellerFreesTheSeatAndMayBeListedAgain() {
        Line.Traveller traveller = traveller();
        trip.list(traveller, true, actor("caseworker"));

        trip.remove(traveller.worker(), actor("caseworker"));

        assertThat(trip.seatsTaken()).isZero();
        trip.list(traveller, true, actor("caseworker"));
        assertThat(trip.seatsTaken()).isOne();
    }

    @Test
    void boardingNeedsSomeoneListedAndEveryCheckPassed() {
        refused(
                () -> {
                    trip.startBoarding(actor("partner"));
                    return null;
                },
                "travellers",
                "NONE");
        Line.Traveller traveller = traveller();
        trip.list(traveller, true, actor("partner"));
        refused(() -> trip.board(traveller.worker(), HEALTH, actor("partner")), "status", "NOT_BOARDING");
        trip.startBoarding(actor("partner"));

        refused(() -> trip.board(traveller.worker(), HEALTH, actor("partner")), "check", "NOT_PASSED");
        trip.recordCheck(traveller.worker(), "HEALTH", false, "发烧", actor("partner"));
        refused(() -> trip.board(traveller.worker(), HEALTH, actor("partner")), "check", "NOT_PASSED");
        trip.recordCheck(traveller.worker(), "HEALTH", true, null, actor("partner"));

        assertThat(trip.board(traveller.worker(), HEALTH, actor("partner")).status())
                .isEqualTo(TravellerStatus.BOARDED);
    }

    @Test
    void departsOnlyWhenEveryoneIsBoardedOrANoShow() {
        Line.Traveller boards = traveller();
        Line.Traveller stays = traveller();
        boarding(boards, stays);
        trip.board(boards.worker(), HEALTH, actor("partner"));

        refused(() -> depart(DEPARTURE), "travellers", "NOT_ALL_BOARDED");
        trip.markNoShow(stays.worker());
        refused(() -> depart(LATER.plusSeconds(3600 * 24 * 365)), "departedAt", "FUTURE");
        depart(DEPARTURE);

        assertThat(trip.status()).isEqualTo(TripStatus.DEPARTED);
        refused(() -> trip.list(traveller(), true, actor("partner")), "status", "MANIFEST_CLOSED");
        refused(
                () -> {
                    trip.cancel("天气", actor("partner"));
                    return null;
                },
                "status",
                "INVALID_TRANSITION");
    }

    @Test
    void nobodyBoardedMeansNoDeparture() {
        Line.Traveller stays = traveller();
        boarding(stays);
        trip.markNoShow(stays.worker());

        refused(() -> depart(DEPARTURE), "travellers", "NONE_BOARDED");
    }

    @Test
    void arrivalSharesTheCostOverThoseOnBoardAndFlagsTheSubsidy() {
        Line.Traveller luxi = traveller();
        Line.Traveller huanggang = new Line.Traveller(
                new WorkerId(UUID.randomUUID()),
                "421102",
                new PlacementId(UUID.randomUUID()),
                EMPLOYER,
                RegionCode.of("370102"),
                null);
        Line.Traveller stays = traveller();
        boarding(luxi, huanggang, stays);
        trip.board(luxi.worker(), HEALTH, actor("partner"));
        trip.board(huanggang.worker(), HEALTH, actor("partner"));
        trip.markNoShow(stays.worker());
        depart(DEPARTURE);
        trip.releaseEvents();

        refused(() -> arrive(DEPARTURE), "arrivedAt", "BEFORE_DEPARTURE");
        arrive(ARRIVAL);

        TripArrived arrived = (TripArrived) trip.releaseEvents().stream()
                .filter(TripArrived.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(arrived.totalCost()).isEqualTo(Money.ofYuan("9000.01"));
        assertThat(arrived.shares()).extracting(TravellerShare::worker).doesNotContain(stays.worker());
        assertThat(arrived.shares().stream()
                        .mapToLong(share -> share.share().fen())
                        .sum())
                .isEqualTo(900_001);
        assertThat(arrived.shares())
                .filteredOn(share -> share.worker().equals(luxi.worker()))
                .extracting(TravellerShare::charterFullySubsidised)
                .containsExactly(true);
        assertThat(arrived.shares())
                .filteredOn(share -> share.worker().equals(huanggang.worker()))
                .extracting(TravellerShare::charterFullySubsidised)
                .containsExactly(false);
    }

    @Test
    void handsOverOnlyToTheHiringEmployerAndClosesOnceEveryoneIsHandedOver() {
        Line.Traveller first = traveller();
        Line.Traveller second = traveller();
        boarding(first, second);
        trip.board(first.worker(), HEALTH, actor("partner"));
        trip.board(second.worker(), HEALTH, actor("partner"));
        depart(DEPARTURE);
        refused(() -> trip.handOver(first.worker(), EMPLOYER, "王主管", actor("hr")), "status", "NOT_ARRIVED");
        arrive(ARRIVAL);

        refused(
                () -> trip.handOver(first.worker(), new EmployerId(UUID.randomUUID()), "王主管", actor("hr")),
                "employer",
                "NOT_THE_EMPLOYER");
        trip.handOver(first.worker(), EMPLOYER, "王主管", actor("hr"));
        refused(() -> trip.handOver(first.worker(), EMPLOYER, "王主管", actor("hr")), "worker", "ALREADY_HANDED_OVER");
        refused(() -> close(), "travellers", "NOT_ALL_HANDED_OVER");
        trip.handOver(second.worker(), EMPLOYER, "王主管", actor("hr"));
        trip.releaseEvents();

        close();

        assertThat(trip.status()).isEqualTo(TripStatus.HANDED_OVER);
        assertThat(trip.releaseEvents()).containsExactly(new TripHandedOver(trip.id(), 2, LATER));
        assertThat(trip.steps())
                .extracting(TripStep::status)
                .containsExactly(
                        TripStatus.PLANNED,
                        TripStatus.BOARDING,
                        TripStatus.DEPARTED,
                        TripStatus.ARRIVED,
                        TripStatus.HANDED_OVER);
    }

    @Test
    void aHandOverRecordsWhoReceivedTheTravellerAndWhen() {
        Line.Traveller traveller = traveller();
        boarding(traveller);
        trip.board(traveller.worker(), HEALTH, actor("partner"));
        depart(DEPARTURE);
        arrive(ARRIVAL);
        trip.releaseEvents();

        Line line = trip.handOver(traveller.worker(), EMPLOYER, " 王主管 ", actor("hr"));

        assertThat(line.state().receivedBy()).isEqualTo("王主管");
        assertThat(line.state().handedOver()).isEqualTo(actor("hr"));
        assertThat(trip.releaseEvents())
                .containsExactly(new TravellerHandedOver(
                        trip.id(), traveller.worker(), LUXI, traveller.placement(), EMPLOYER, "王主管", LATER));
    }

    @Test
    void cancellingFreesEveryTravellerAndNeedsAReason() {
        Line.Traveller first = traveller();
        Line.Traveller second = traveller();
        trip.list(first, true, actor("partner"));
        trip.list(second, true, actor("partner"));
        trip.releaseEvents();

        refused(
                () -> {
                    trip.cancel(" ", actor("partner"));
                    return null;
                },
                "reason",
                "REQUIRED");
        trip.cancel("车辆故障", actor("partner"));

        assertThat(trip.status()).isEqualTo(TripStatus.CANCELLED);
        assertThat(trip.seatsTaken()).isZero();
        assertThat(trip.lines()).extracting(Line::status).containsOnly(TravellerStatus.REMOVED);
        assertThat(trip.releaseEvents())
                .filteredOn(TripCancelled.class::isInstance)
                .containsExactly(
                        new TripCancelled(trip.id(), "车辆故障", List.of(first.placement(), second.placement()), LATER));
        assertThat(trip.steps()).last().extracting(TripStep::reason).isEqualTo("车辆故障");
    }

    @Test
    void changesOnlyWhilePlannedAndKeepsEveryoneSeatedAndServed() {
        trip.list(traveller(), true, actor("caseworker"));
        trip.list(traveller(), true, actor("caseworker"));

        refused(
                () -> {
                    trip.change(trip.batch(), details(1), region -> true);
                    return null;
                },
                "seats",
                "BELOW_TRAVELLERS");
        refused(
                () -> {
                    trip.change(trip.batch(), details(3), region -> false);
                    return null;
                },
                "destinations",
                "TRAVELLER_NOT_SERVED");
        trip.startBoarding(actor("caseworker"));
        refused(
                () -> {
                    trip.change(trip.batch(), details(3), region -> true);
                    return null;
                },
                "status",
                "NOT_PLANNED");
    }

    private void boarding(Line.Traveller... travellers) {
        for (Line.Traveller traveller : travellers) {
            trip.list(traveller, traveller.householdCounty().equals(LUXI), actor("partner"));
            trip.recordCheck(traveller.worker(), "HEALTH", true, null, actor("partner"));
        }
        trip.startBoarding(actor("partner"));
    }

    private Object depart(Instant at) {
        trip.depart(at, LATER, actor("partner"));
        return null;
    }

    private Object arrive(Instant at) {
        trip.arrive(at, LATER, county -> county.startsWith("4331"), actor("caseworker"));
        return null;
    }

    private Object close() {
        trip.close(actor("caseworker"));
        return null;
    }

    private static void refused(ThrowingSupplier<?> step, String field, String code) {
        assertThatThrownBy(step::get)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(tuple(field, code)));
    }

    private static Line.Traveller traveller() {
        return new Line.Traveller(
                new WorkerId(UUID.randomUUID()),
                LUXI,
                new PlacementId(UUID.randomUUID()),
                EMPLOYER,
                RegionCode.of("370102"),
                "济南市历下区工业园");
    }

    private static TripDetails details(int seats) {
        return new TripDetails(
                TransportMode.BUS,
                "湘西客运",
                "湘U12345",
                RegionCode.of(LUXI),
                "泸溪县汽车站",
                List.of(RegionCode.of("370100")),
                new TravelPeriod(DEPARTURE, ARRIVAL),
                seats,
                Money.ofYuan("9000.01"));
    }

    private static Actor actor(String by) {
        return new Actor(by, LATER);
    }
}
