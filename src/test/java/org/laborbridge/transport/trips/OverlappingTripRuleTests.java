package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.TripId;

class OverlappingTripRuleTests {

    private static final Instant MORNING = Instant.parse("2026-03-01T00:00:00Z");

    private final OverlappingTripRule rule = new OverlappingTripRule();
    private final TripId wanted = TripId.random();

    @Test
    void refusesATripSharingAnyHourWithAnother() {
        OverlappingTripRule.Held other = held(TripId.random(), 10, 30);

        assertThat(rule.check("placement", wanted, period(20, 40), List.of(other)))
                .get()
                .extracting(Violation::field, Violation::code)
                .containsExactly("placement", "OVERLAPPING_TRIP");
    }

    @Test
    void anArrivalAtTheMomentOfTheNextDepartureStillOverlaps() {
        // Both ends count: nobody steps off one vehicle onto another in the same instant.
        assertThat(rule.check("placement", wanted, period(30, 40), List.of(held(TripId.random(), 10, 30))))
                .isPresent();
    }

    @Test
    void acceptsTripsOneAfterTheOther() {
        assertThat(rule.check("placement", wanted, period(31, 40), List.of(held(TripId.random(), 10, 30))))
                .isEmpty();
    }

    @Test
    void theTripItselfIsNoOverlap() {
        assertThat(rule.check("plannedDeparture", wanted, period(12, 28), List.of(held(wanted, 10, 30))))
                .isEmpty();
    }

    @Test
    void namesTheEarliestOverlappingTrip() {
        List<OverlappingTripRule.Held> held = List.of(held(TripId.random(), 35, 50), held(TripId.random(), 5, 25));

        assertThat(rule.check("placement", wanted, period(20, 40), held))
                .get()
                .extracting(violation -> violation.arguments().get(0))
                .isEqualTo("2026-5");
    }

    private static TravelPeriod period(int fromHour, int toHour) {
        return new TravelPeriod(MORNING.plusSeconds(fromHour * 3600L), MORNING.plusSeconds(toHour * 3600L));
    }

    private static OverlappingTripRule.Held held(TripId trip, int fromHour, int toHour) {
        return new OverlappingTripRule.Held(trip, 2026, fromHour, period(fromHour, toHour));
    }
}
