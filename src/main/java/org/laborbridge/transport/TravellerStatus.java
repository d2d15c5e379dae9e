package org.laborbridge.transport;

/**
 * One traveller on a manifest: LISTED until boarded (every pre-departure check must have passed
 * first) or marked NO_SHOW at the gathering point; BOARDED until handed over to the employer on
 * arrival. REMOVED lines (taken off, or freed by a cancelled trip) are kept for the record but
 * take no seat.
 */
public enum TravellerStatus {
    LISTED,
    BOARDED,
    NO_SHOW,
    HANDED_OVER,
    REMOVED
}
