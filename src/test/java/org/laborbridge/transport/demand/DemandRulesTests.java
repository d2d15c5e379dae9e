package org.laborbridge.transport.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;

/** The demand's own rules, without Spring: the window, the automatic opening and the status moves. */
class DemandRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate START = LocalDate.of(2026, 3, 16);
    private static final String LUXI = "433122";
    private static final RegionCode LIXIA = RegionCode.of("370102");

    private final DemandWindowRule window = new DemandWindowRule();

    @Test
    void acceptsAWindowEndingTheDayBeforeTheStart() {
        assertThat(window.check(START.minusDays(7), START.minusDays(1), START, TODAY))
                .isEmpty();
    }

    @Test
    void refusesAReversedWindow() {
        assertThat(window.check(START.minusDays(2), START.minusDays(5), START, TODAY))
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("latest", "REVERSED"));
    }

    @Test
    void refusesAWindowThatIsOver() {
        assertThat(window.check(TODAY.minusDays(5), TODAY.minusDays(1), START, TODAY))
                .extracting(Violation::code)
                .containsExactly("PAST");
    }

    @Test
    void refusesAWindowEndingOnOrAfterTheStartDate() {
        assertThat(window.check(START.minusDays(3), START, START, TODAY))
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("latest", "NOT_BEFORE_START"));
    }

    @Test
    void namesBothMissingEnds() {
        assertThat(window.check(null, null, START, TODAY))
                .extracting(Violation::field)
                .containsExactly("earliest", "latest");
    }

    @Test
    void opensTheWeekBeforeTheStartForAHireAwayFromHome() {
        TransportDemand demand = TransportDemand.forHire(terms(LUXI, START), "system", Instant.now(), TODAY)
                .orElseThrow();

        assertThat(demand.status()).isEqualTo(DemandStatus.OPEN);
        assertThat(demand.state().earliest()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(demand.state().latest()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void startsTheWindowTodayWhenTheWeekHasBegun() {
        TransportDemand demand = TransportDemand.forHire(terms(LUXI, TODAY.plusDays(3)), "system", Instant.now(), TODAY)
                .orElseThrow();

        assertThat(demand.state().earliest()).isEqualTo(TODAY);
        assertThat(demand.state().latest()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void opensNothingForALocalHireNorForOneStartingToday() {
        assertThat(TransportDemand.forHire(terms("370112", START), "system", Instant.now(), TODAY))
                .isEmpty();
        assertThat(TransportDemand.forHire(terms(LUXI, TODAY), "system", Instant.now(), TODAY))
                .isEmpty();
    }

    @Test
    void followsTheManifestAndRefusesChangesOnceOnATrip() {
        TransportDemand demand = open();
        TripId bus = TripId.random();
        TripId other = TripId.random();

        assertThat(demand.plannedOn(bus)).isTrue();
        assertThat(demand.plannedOn(other)).as("already on a trip").isFalse();
        assertThat(demand.state().trip()).isEqualTo(bus);
        assertThatThrownBy(() -> demand.cancel("不去了"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations().get(0))
                                .extracting(Violation::field, Violation::code)
                                .containsExactly("status", "INVALID_TRANSITION"));

        assertThat(demand.released(other)).as("taken off another trip").isFalse();
        assertThat(demand.released(bus)).isTrue();
        assertThat(demand.status()).isEqualTo(DemandStatus.OPEN);
        assertThat(demand.state().trip()).isNull();

        demand.plannedOn(bus);
        assertThat(demand.travelled(bus)).isTrue();
        assertThat(demand.status()).isEqualTo(DemandStatus.TRAVELLED);
        assertThat(demand.released(bus)).as("nothing reopens a journey made").isFalse();
    }

    @Test
    void cancelsOnlyWithAReasonAndOnlyOnce() {
        TransportDemand demand = open();

        assertThatThrownBy(() -> demand.cancel(" "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused ->
                                assertThat(refused.violations().get(0).code()).isEqualTo("REQUIRED"));
        demand.cancel("已自行到岗");
        assertThat(demand.status()).isEqualTo(DemandStatus.CANCELLED);
        assertThatThrownBy(() -> demand.cancel("again"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused ->
                                assertThat(refused.violations().get(0).code()).isEqualTo("INVALID_TRANSITION"));
        assertThat(demand.placementEnded()).isFalse();
    }

    private static TransportDemand open() {
        return TransportDemand.record(
                terms(LUXI, START),
                new TransportDemand.Details(START.minusDays(5), START.minusDays(2), "泸溪县汽车站", null),
                "caseworker",
                Instant.now(),
                TODAY);
    }

    private static TransportDemand.Terms terms(String county, LocalDate start) {
        return new TransportDemand.Terms(
                new PlacementId(UUID.randomUUID()),
                new WorkerId(UUID.randomUUID()),
                county,
                new EmployerId(UUID.randomUUID()),
                LIXIA,
                start);
    }
}
