package org.laborbridge.fairs;

/** Where a fair stands: derived from its dates on the bureau's calendar unless it was cancelled. */
public enum FairStatus {
    PLANNED,
    OPEN,
    FINISHED,
    CANCELLED
}
