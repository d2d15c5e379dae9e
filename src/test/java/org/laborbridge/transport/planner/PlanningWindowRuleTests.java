package org.laborbridge.transport.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Violation;

/** The days a caseworker may plan at once, without Spring. */
class PlanningWindowRuleTests {

    private static final LocalDate FROM = LocalDate.of(2026, 2, 1);

    private final PlanningWindowRule rule = new PlanningWindowRule();

    @Test
    void acceptsAQuarterAndARegionAtAnyLevel() {
        assertThat(rule.check(new PlanRequest(FROM, FROM.plusDays(91), "433100"), FROM))
                .isEmpty();
        assertThat(rule.check(new PlanRequest(FROM, FROM, null), FROM)).isEmpty();
    }

    @Test
    void refusesMissingReversedAndOverlongWindowsAndABadRegion() {
        assertThat(rule.check(new PlanRequest(null, null, null), FROM))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("from", "REQUIRED"), tuple("to", "REQUIRED"));
        assertThat(rule.check(new PlanRequest(FROM, FROM.minusDays(1), null), FROM))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("to", "REVERSED"));
        assertThat(rule.check(new PlanRequest(FROM, FROM.plusDays(92), null), FROM))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("to", "TOO_LONG"));
        assertThat(rule.check(new PlanRequest(FROM, FROM.plusDays(3), "4331"), FROM))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("region", "FORMAT"));
    }
}
