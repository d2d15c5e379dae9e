package org.laborbridge.transport.trips;

import java.util.List;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;

/**
 * Steps of a trip that belong on the travellers' timelines but that no other module listens for:
 * recorded by the aggregate beside its published events and kept inside the module.
 */
sealed interface TripMoments {

    record TravellerBoarded(TripId trip, WorkerId worker) implements TripMoments {}

    record TripDeparted(TripId trip, TransportMode mode, List<WorkerId> travellers) implements TripMoments {

        public TripDeparted {
            travellers = List.copyOf(travellers);
        }
    }

    /** Travellers taken off a trip or freed by its cancellation ({@code reason} then). */
    record TravellersFreed(TripId trip, List<WorkerId> travellers, String reason) implements TripMoments {

        public TravellersFreed {
            travellers = List.copyOf(travellers);
        }
    }
}
