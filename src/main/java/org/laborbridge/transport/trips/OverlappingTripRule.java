package org.laborbridge.transport.trips;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.TripId;

/**
 * A person sits in one vehicle at a time: a worker may not be listed on a trip whose planned
 * [departure, arrival] shares an instant with another trip they are on (a line not REMOVED; a
 * cancelled trip has freed its lines). The service serialises listings per worker and an
 * exclusion constraint is the database's last word.
 */
final class OverlappingTripRule {

    /** Another trip the worker is on. */
    record Held(TripId trip, int batchYear, int batchNo, TravelPeriod period) {}

    /** {@code field} names what was asked: the placement being listed, or the trip's new departure. */
    Optional<Violation> check(String field, TripId wanted, TravelPeriod period, Collection<Held> held) {
        return held.stream()
                .filter(other -> !other.trip().equals(wanted))
                .filter(other -> other.period().overlaps(period))
                .min(Comparator.comparing(other -> other.period().departure()))
                .map(other -> Refusals.violation(
                        field,
                        "OVERLAPPING_TRIP",
                        other.batchYear() + "-" + other.batchNo(),
                        BureauTime.format(other.period().departure()),
                        BureauTime.format(other.period().arrival())));
    }
}
