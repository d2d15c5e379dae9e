package org.laborbridge.workshops.api;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.workshops.StatusChange;
import org.laborbridge.workshops.WorkshopStatus;

record StatusChangeJson(
        WorkshopStatus status,
        StatusChange.Cause cause,
        LocalDate effectiveOn,
        String reason,
        String changedBy,
        Instant changedAt) {

    static StatusChangeJson of(StatusChange change) {
        return new StatusChangeJson(
                change.status(),
                change.cause(),
                change.effectiveOn(),
                change.reason(),
                change.changedBy(),
                change.changedAt());
    }
}
