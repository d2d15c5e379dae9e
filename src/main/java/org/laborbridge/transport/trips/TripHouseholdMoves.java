package org.laborbridge.transport.trips;

import org.laborbridge.workers.WorkerChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Partners see manifest lines by the household county copied onto them (and onto their checks),
 * so a corrected county must reach every copy in the same transaction as the correction.
 */
@Component
class TripHouseholdMoves {

    private final TripRows trips;

    TripHouseholdMoves(TripRows trips) {
        this.trips = trips;
    }

    @EventListener
    void on(WorkerChanged changed) {
        if (changed.householdMoved()) {
            trips.moveHousehold(changed.worker(), changed.householdCounty());
        }
    }
}
