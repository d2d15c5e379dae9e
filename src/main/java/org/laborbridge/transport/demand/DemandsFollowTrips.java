package org.laborbridge.transport.demand;

import org.laborbridge.transport.TravellerHandedOver;
import org.laborbridge.transport.TravellerListed;
import org.laborbridge.transport.TravellerMissedDeparture;
import org.laborbridge.transport.TravellerRemoved;
import org.laborbridge.transport.TripCancelled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demand shows where the traveller stands on the trips: planned once on a manifest, open
 * again when taken off, missing at boarding or when the trip is called off, travelled once handed
 * over. Runs in the trip's own transaction; lines without a placement (trips from before the
 * platform) have no demand to follow.
 */
@Component
class DemandsFollowTrips {

    private final DemandRows rows;

    DemandsFollowTrips(DemandRows rows) {
        this.rows = rows;
    }

    @EventListener
    void listed(TravellerListed listed) {
        if (listed.placement() == null) {
            return;
        }
        rows.waitingForUpdate(listed.placement()).ifPresent(demand -> {
            if (demand.plannedOn(listed.trip())) {
                rows.update(demand);
            }
        });
    }

    @EventListener
    void removed(TravellerRemoved removed) {
        if (removed.placement() == null) {
            return;
        }
        rows.waitingForUpdate(removed.placement()).ifPresent(demand -> {
            if (demand.released(removed.trip())) {
                rows.update(demand);
            }
        });
    }

    /** A no-show is off this vehicle as surely as a removed traveller: offer them the next one. */
    @EventListener
    void missed(TravellerMissedDeparture missed) {
        if (missed.placement() == null) {
            return;
        }
        rows.waitingForUpdate(missed.placement()).ifPresent(demand -> {
            if (demand.released(missed.trip())) {
                rows.update(demand);
            }
        });
    }

    @EventListener
    void cancelled(TripCancelled cancelled) {
        for (TransportDemand demand : rows.plannedOnForUpdate(cancelled.trip())) {
            if (demand.released(cancelled.trip())) {
                rows.update(demand);
            }
        }
    }

    @EventListener
    void handedOver(TravellerHandedOver handedOver) {
        if (handedOver.placement() == null) {
            return;
        }
        rows.waitingForUpdate(handedOver.placement()).ifPresent(demand -> {
            if (demand.travelled(handedOver.trip())) {
                rows.update(demand);
            }
        });
    }
}
