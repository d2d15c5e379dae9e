package org.laborbridge.workshops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One change of a workshop's recognition: the status it took on {@code effectiveOn}, whether the
 * rule or the bureau made it ({@link Cause}), who and why. For a flag {@code reason} holds the unmet
 * criteria, comma separated ({@link #unmetCriteria()}); for a decision the bureau's own words.
 */
public record StatusChange(
        WorkshopStatus status, Cause cause, LocalDate effectiveOn, String reason, String changedBy, Instant changedAt) {

    public enum Cause {
        REGISTERED,
        CRITERIA,
        DECISION;

        public String messageKey() {
            return "workshops.history.cause." + name();
        }
    }

    /** The criteria a rule-made flag named; empty for anything else. */
    public List<String> unmetCriteria() {
        return cause == Cause.CRITERIA && !reason.isEmpty() ? Arrays.asList(reason.split(",")) : List.of();
    }
}
