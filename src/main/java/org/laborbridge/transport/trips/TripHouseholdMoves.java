package org.laborbridge.transport.trips;

import java.util.List;
import org.laborbridge.workers.WorkerChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Partners see manifest lines by the household county copied onto them (and onto their checks),
 * so a corrected county must reach every copy in the same transaction as the correction. The
 * worker's trip lock is taken first, as every listing takes it, so a line being listed or changed
 * meanwhile is not written with the old county after the move.
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
            trips.lockWorkers(List.of(changed.worker()));
            trips.moveHousehold(changed.worker(), changed.householdCounty());
        }
    }
}
