package org.laborbridge.transport;

/**
 * Where a trip stands. It moves one step at a time, PLANNED → BOARDING → DEPARTED → ARRIVED →
 * HANDED_OVER, or is CANCELLED (with a reason) before it departs; HANDED_OVER and CANCELLED are
 * final.
 */
public enum TripStatus {
    PLANNED,
    BOARDING,
    DEPARTED,
    ARRIVED,
    HANDED_OVER,
    CANCELLED
}
