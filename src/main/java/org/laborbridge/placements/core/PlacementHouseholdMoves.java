package org.laborbridge.placements.core;

import org.laborbridge.workers.WorkerChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Partners see placements by the household county copied onto them (and onto their retention
 * checks), so a corrected county must reach every copy in the same transaction as the correction.
 */
@Component
class PlacementHouseholdMoves {

    private final PlacementRows placements;

    PlacementHouseholdMoves(PlacementRows placements) {
        this.placements = placements;
    }

    @EventListener
    void on(WorkerChanged changed) {
        if (changed.householdMoved()) {
            placements.moveHousehold(changed.worker(), changed.householdCounty());
        }
    }
}
