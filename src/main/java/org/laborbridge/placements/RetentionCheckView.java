package org.laborbridge.placements;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One retention follow-up of a placement: month 1, 3 or 6 after the start. {@code outcome} is null
 * while the check is open; {@code open} is false once recorded, or when the placement ended
 * before it was due (there is nobody left to follow up).
 */
public record RetentionCheckView(
        int month,
        LocalDate dueOn,
        RetentionOutcome outcome,
        String recordedBy,
        Instant recordedAt,
        String note,
        boolean open) {}
