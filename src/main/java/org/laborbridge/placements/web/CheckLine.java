package org.laborbridge.placements.web;

import java.time.LocalDate;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionCheckView;

/**
 * A retention check as the detail page lists it: whether it can be recorded now (open, and
 * within the grace days before its due date), and from when otherwise.
 */
record CheckLine(RetentionCheckView check, boolean recordable, LocalDate opensOn, boolean overdue) {

    static CheckLine of(RetentionCheckView check, boolean mayRecord, LocalDate today) {
        LocalDate opensOn = check.dueOn().minusDays(Placements.RETENTION_GRACE_DAYS);
        return new CheckLine(
                check,
                mayRecord && check.open() && !today.isBefore(opensOn),
                opensOn,
                check.open() && today.isAfter(check.dueOn()));
    }
}
