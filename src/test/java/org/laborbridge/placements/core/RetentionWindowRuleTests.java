package org.laborbridge.placements.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.Violation;

class RetentionWindowRuleTests {

    private final RetentionWindowRule rule = new RetentionWindowRule();

    @Test
    void checksFallDueWholeMonthsAfterTheStart() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        assertThat(RetentionWindowRule.dueOn(start, 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RetentionWindowRule.dueOn(start, 3)).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(RetentionWindowRule.dueOn(start, 6)).isEqualTo(LocalDate.of(2026, 7, 31));
    }

    @Test
    void opensTheGraceDaysBeforeTheDueDate() {
        LocalDate due = LocalDate.of(2026, 6, 10);
        LocalDate opens = due.minusDays(Placements.RETENTION_GRACE_DAYS);
        assertThat(rule.check(due, opens)).isEmpty();
        assertThat(rule.check(due, due.plusDays(40))).isEmpty();
        assertThat(rule.check(due, opens.minusDays(1))).map(Violation::code).contains("NOT_DUE_YET");
    }
}
