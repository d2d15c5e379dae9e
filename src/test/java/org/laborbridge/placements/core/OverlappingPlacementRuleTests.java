package org.laborbridge.placements.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.core.OverlappingPlacementRule.Held;
import org.laborbridge.shared.Violation;

class OverlappingPlacementRuleTests {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private final OverlappingPlacementRule rule = new OverlappingPlacementRule();
    private final Held marchToAugust = new Held(ContractPeriod.of(MARCH, 6), PlacementStatus.WORKING);

    @Test
    void refusesAPeriodSharingADayWithAPlacementNotEnded() {
        assertThat(rule.check(ContractPeriod.of(LocalDate.of(2026, 8, 31), 3), List.of(marchToAugust)))
                .map(Violation::code)
                .contains("OVERLAPPING_PLACEMENT");
        assertThat(rule.check(ContractPeriod.of(LocalDate.of(2026, 1, 1), 24), List.of(marchToAugust)))
                .map(Violation::field)
                .contains("startDate");
    }

    @Test
    void namesTheFirstAndLastDayOfTheOverlappedContract() {
        assertThat(rule.check(ContractPeriod.of(MARCH, 1), List.of(marchToAugust)))
                .map(Violation::arguments)
                .contains(List.of("2026-03-01", "2026-08-31"));
    }

    @Test
    void acceptsAContractStartingTheDayTheOtherEnds() {
        assertThat(rule.check(ContractPeriod.of(LocalDate.of(2026, 9, 1), 6), List.of(marchToAugust)))
                .isEmpty();
        assertThat(rule.check(ContractPeriod.of(LocalDate.of(2025, 9, 1), 6), List.of(marchToAugust)))
                .isEmpty();
    }

    @Test
    void ignoresPlacementsThatHaveEnded() {
        Held ended = new Held(ContractPeriod.of(MARCH, 6), PlacementStatus.LEFT);
        assertThat(rule.check(ContractPeriod.of(MARCH.plusMonths(1), 12), List.of(ended)))
                .isEmpty();
    }

    @Test
    void countsAPlacementNotYetStarted() {
        Held starting = new Held(ContractPeriod.of(MARCH, 6), PlacementStatus.STARTING);
        assertThat(rule.check(ContractPeriod.of(MARCH, 6), List.of(starting))).isPresent();
    }
}
