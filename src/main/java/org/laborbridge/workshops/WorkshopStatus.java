package org.laborbridge.workshops;

/** Recognition as a poverty-alleviation workshop; a flagged one is restored when it meets the criteria again. */
public enum WorkshopStatus {
    RECOGNISED,
    FLAGGED_FOR_WITHDRAWAL,
    WITHDRAWN;

    public String messageKey() {
        return "workshops.status." + name();
    }
}
