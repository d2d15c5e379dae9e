package org.laborbridge.workshops;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.Violation;

/**
 * The bureau's decisions on a workshop's recognition and when they may be taken: withdrawal only
 * of a workshop flagged for it, recognition again only of a withdrawn one that meets the criteria
 * again; each with a reason and a day that is neither in the future nor before the last change.
 */
final class RecognitionDecision {

    static final int MAX_REASON = 500;

    private RecognitionDecision() {}

    static void checkMayWithdraw(WorkshopStatus status) {
        if (status != WorkshopStatus.FLAGGED_FOR_WITHDRAWAL) {
            throw new RecognitionRefusedException(RecognitionRefusedException.NOT_FLAGGED);
        }
    }

    static void checkMayRecogniseAgain(WorkshopStatus status, boolean criteriaMet) {
        if (status != WorkshopStatus.WITHDRAWN) {
            throw new RecognitionRefusedException(RecognitionRefusedException.NOT_WITHDRAWN);
        }
        if (!criteriaMet) {
            throw new RecognitionRefusedException(RecognitionRefusedException.CRITERIA_UNMET);
        }
    }

    /** What is wrong with the reason and the day given; the day defaults to today. */
    static List<Violation> check(String reason, LocalDate on, LocalDate lastChange, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        String stripped = Text.blankToNull(reason);
        if (stripped == null) {
            violations.add(WorkshopInput.violation("reason", "REQUIRED"));
        } else if (stripped.length() > MAX_REASON) {
            violations.add(WorkshopInput.violation("reason", "TOO_LONG"));
        }
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            violations.add(WorkshopInput.violation("effectiveOn", "IN_FUTURE"));
        } else if (lastChange != null && day.isBefore(lastChange)) {
            violations.add(WorkshopInput.violation("effectiveOn", "BEFORE_LAST_CHANGE"));
        }
        return violations;
    }
}
