package org.laborbridge.transport;

/** A transport demand is OPEN until it is on a trip (PLANNED), carried (TRAVELLED) or CANCELLED. */
public enum DemandStatus {
    OPEN,
    PLANNED,
    TRAVELLED,
    CANCELLED
}
