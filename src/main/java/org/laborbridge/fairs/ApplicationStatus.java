package org.laborbridge.fairs;

/**
 * Where an application stands. APPLIED, INTERVIEW and OFFERED are still moving; ACCEPTED ends in
 * a placement; DECLINED, WITHDRAWN and REJECTED end it without one.
 */
public enum ApplicationStatus {
    APPLIED,
    INTERVIEW,
    OFFERED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    REJECTED;

    /** Still waiting for someone's next step. */
    public boolean isOpen() {
        return this == APPLIED || this == INTERVIEW || this == OFFERED;
    }

    /** Counts as the worker's one application to a posting: a second one is refused while this holds. */
    public boolean isActive() {
        return isOpen() || this == ACCEPTED;
    }
}
