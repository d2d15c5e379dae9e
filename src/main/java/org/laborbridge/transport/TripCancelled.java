package org.laborbridge.transport;

import java.time.Instant;
import java.util.List;
import org.laborbridge.placements.PlacementId;

/** A trip was called off before departure; its travellers' demands are open again. */
public record TripCancelled(TripId trip, String reason, List<PlacementId> released, Instant at) {

    public TripCancelled {
        released = List.copyOf(released);
    }
}
