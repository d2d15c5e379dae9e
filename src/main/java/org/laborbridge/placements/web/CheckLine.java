package org.laborbridge.placements.web;

import java.time.LocalDate;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionCheckView;

/**
 * A retention check as the detail page lists it. For those who record checks: whether it can be
 * recorded now (open, and within the grace days before its due date), or from which day.
 */
record CheckLine(RetentionCheckView check, boolean recordable, boolean waiting, LocalDate opensOn, boolean overdue) {

    static CheckLine of(RetentionCheckView check, boolean mayRecord, LocalDate today) {
        LocalDate opensOn = check.dueOn().minusDays(Placements.RETENTION_GRACE_DAYS);
        boolean open = mayRecord && check.open();
        return new CheckLine(
                check,
                open && !today.isBefore(opensOn),
                open && today.isBefore(opensOn),
                opensOn,
                check.open() && today.isAfter(check.dueOn()));
    }
}
