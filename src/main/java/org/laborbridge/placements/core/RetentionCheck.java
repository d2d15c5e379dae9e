package org.laborbridge.placements.core;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.placements.RetentionCheckView;
import org.laborbridge.placements.RetentionOutcome;

/** One follow-up inside a placement; changed only through its placement. */
final class RetentionCheck {

    private final int month;
    private final LocalDate dueOn;
    private RetentionOutcome outcome;
    private String note;
    private String recordedBy;
    private Instant recordedAt;
    private boolean open;

    RetentionCheck(
            int month,
            LocalDate dueOn,
            RetentionOutcome outcome,
            String note,
            String recordedBy,
            Instant recordedAt,
            boolean open) {
        this.month = month;
        this.dueOn = dueOn;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.open = open;
    }

    static RetentionCheck due(LocalDate startDate, int month) {
        return new RetentionCheck(month, RetentionWindowRule.dueOn(startDate, month), null, null, null, null, true);
    }

    void record(RetentionOutcome found, String text, String by, Instant at) {
        this.outcome = found;
        this.note = text;
        this.recordedBy = by;
        this.recordedAt = at;
        this.open = false;
    }

    /** The placement ended: there is nobody left to ring. */
    void close() {
        this.open = false;
    }

    boolean isRecorded() {
        return outcome != null;
    }

    int month() {
        return month;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    RetentionOutcome outcome() {
        return outcome;
    }

    String note() {
        return note;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    boolean isOpen() {
        return open;
    }

    RetentionCheckView view(boolean withNote) {
        return new RetentionCheckView(month, dueOn, outcome, recordedBy, recordedAt, withNote ? note : null, open);
    }
}
