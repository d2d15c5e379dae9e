package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Violation;

class SeatCapacityRuleTests {

    private final SeatCapacityRule rule = new SeatCapacityRule();

    @Test
    void fillsTheLastSeat() {
        assertThat(rule.check(50, 49, 1)).isEmpty();
    }

    @Test
    void refusesOneMoreThanTheSeats() {
        assertThat(rule.check(50, 50, 1))
                .get()
                .extracting(Violation::field, Violation::code)
                .containsExactly("placement", "FULL");
    }

    @Test
    void refusesAGroupThatDoesNotFitWhole() {
        assertThat(rule.check(50, 45, 6))
                .get()
                .extracting(Violation::arguments)
                .asList()
                .containsExactly(50, 5);
    }

    @Test
    void seatsMayShrinkToTheTravellersButNotBelow() {
        assertThat(rule.checkSeatsChange(30, 30)).isEmpty();
        assertThat(rule.checkSeatsChange(29, 30))
                .get()
                .extracting(Violation::field, Violation::code)
                .containsExactly("seats", "BELOW_TRAVELLERS");
    }
}
