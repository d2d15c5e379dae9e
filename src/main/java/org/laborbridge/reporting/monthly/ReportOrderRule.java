package org.laborbridge.reporting.monthly;

import java.time.YearMonth;
import java.util.Optional;

/**
 * A region's reports follow each other: a month may be submitted when the region has no earlier
 * report, or when the report of the month before is locked. So no month is skipped, and every
 * earlier figure a report builds on is final.
 */
final class ReportOrderRule {

    /**
     * @param hasEarlier whether the region has a report for any month before {@code month}
     * @param previous the status of the report of the month before, if there is one
     */
    void check(YearMonth month, boolean hasEarlier, Optional<ReportStatus> previous) {
        if (!hasEarlier) {
            return;
        }
        YearMonth before = month.minusMonths(1);
        if (previous.isEmpty()) {
            throw new StepRefusedException("PREVIOUS_MISSING", month.toString(), before.toString());
        }
        if (previous.get() != ReportStatus.LOCKED) {
            throw new StepRefusedException("PREVIOUS_NOT_LOCKED", month.toString(), before.toString());
        }
    }
}
