package org.laborbridge.placements.core;

import java.time.LocalDate;
import java.util.Optional;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.Violation;

/**
 * A retention check is due a whole number of months after the start and may be recorded from
 * {@link Placements#RETENTION_GRACE_DAYS} days before that: whether someone is still in work
 * at month three cannot be known in month two.
 */
final class RetentionWindowRule {

    static LocalDate dueOn(LocalDate startDate, int month) {
        return startDate.plusMonths(month);
    }

    static LocalDate opensOn(LocalDate dueOn) {
        return dueOn.minusDays(Placements.RETENTION_GRACE_DAYS);
    }

    Optional<Violation> check(LocalDate dueOn, LocalDate today) {
        LocalDate opens = opensOn(dueOn);
        if (today.isBefore(opens)) {
            return Optional.of(Refusals.violation("month", "NOT_DUE_YET", dueOn.toString(), opens.toString()));
        }
        return Optional.empty();
    }
}
