package org.laborbridge.transport.trips;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.laborbridge.transport.TripStatus;

/**
 * A trip moves one step at a time, PLANNED → BOARDING → DEPARTED → ARRIVED → HANDED_OVER, and may
 * be called off (CANCELLED) only before it has left: once people are on the road, the trip can
 * only be completed. Nothing moves backwards and nothing is skipped.
 */
final class TripTransitions {

    private static final Map<TripStatus, Set<TripStatus>> NEXT = Map.of(
            TripStatus.PLANNED, EnumSet.of(TripStatus.BOARDING, TripStatus.CANCELLED),
            TripStatus.BOARDING, EnumSet.of(TripStatus.DEPARTED, TripStatus.CANCELLED),
            TripStatus.DEPARTED, EnumSet.of(TripStatus.ARRIVED),
            TripStatus.ARRIVED, EnumSet.of(TripStatus.HANDED_OVER),
            TripStatus.HANDED_OVER, EnumSet.noneOf(TripStatus.class),
            TripStatus.CANCELLED, EnumSet.noneOf(TripStatus.class));

    private TripTransitions() {}

    static boolean allows(TripStatus from, TripStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Refuses with field status, code INVALID_TRANSITION, naming both statuses. */
    static void check(TripStatus from, TripStatus to) {
        if (!allows(from, to)) {
            throw Refusals.refused("status", "INVALID_TRANSITION", Wording.of(from), Wording.of(to));
        }
    }

    /** The manifest may change while the trip has not left. */
    static boolean manifestOpen(TripStatus status) {
        return status == TripStatus.PLANNED || status == TripStatus.BOARDING;
    }
}
