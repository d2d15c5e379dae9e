package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.TripStatus;

class TripTransitionsTests {

    @ParameterizedTest
    @CsvSource({
        "PLANNED, BOARDING",
        "BOARDING, DEPARTED",
        "DEPARTED, ARRIVED",
        "ARRIVED, HANDED_OVER",
        "PLANNED, CANCELLED",
        "BOARDING, CANCELLED"
    })
    void movesOneStepForwardOrIsCalledOffBeforeLeaving(TripStatus from, TripStatus to) {
        assertThat(TripTransitions.allows(from, to)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "BOARDING, PLANNED",
        "ARRIVED, DEPARTED",
        "HANDED_OVER, ARRIVED",
        "PLANNED, DEPARTED",
        "PLANNED, ARRIVED",
        "BOARDING, ARRIVED",
        "DEPARTED, HANDED_OVER",
        "DEPARTED, CANCELLED",
        "ARRIVED, CANCELLED",
        "CANCELLED, PLANNED",
        "CANCELLED, BOARDING",
        "HANDED_OVER, CANCELLED"
    })
    void neverMovesBackwardsSkipsAStepOrCancelsOnTheRoad(TripStatus from, TripStatus to) {
        assertThat(TripTransitions.allows(from, to)).isFalse();
        assertThatThrownBy(() -> TripTransitions.check(from, to))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(tuple("status", "INVALID_TRANSITION")));
    }

    @Test
    void theManifestChangesOnlyBeforeDeparture() {
        assertThat(TripStatus.values())
                .filteredOn(TripTransitions::manifestOpen)
                .containsExactly(TripStatus.PLANNED, TripStatus.BOARDING);
    }
}
