package org.laborbridge.placements.core;

import org.laborbridge.placements.PlacementAgreed;
import org.laborbridge.placements.PlacementEnded;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the registry's one record per worker true: someone hired is no longer seeking, and
 * someone whose last job ended is seeking again. Runs in the placement's own transaction.
 */
@Component
class WorkerSituations {

    private final WorkerRegistry registry;
    private final PlacementRows rows;

    WorkerSituations(WorkerRegistry registry, PlacementRows rows) {
        this.registry = registry;
        this.rows = rows;
    }

    @EventListener
    void hired(PlacementAgreed agreed) {
        registry.recordSituation(
                agreed.worker(),
                sameCity(agreed.householdCounty(), agreed.workRegion().value())
                        ? Situation.EMPLOYED_LOCALLY
                        : Situation.EMPLOYED_AWAY);
    }

    @EventListener
    void left(PlacementEnded ended) {
        boolean stillHeld =
                rows.heldBy(ended.worker()).stream().anyMatch(held -> held.status() != PlacementStatus.LEFT);
        if (!stillHeld) {
            registry.recordSituation(ended.worker(), Situation.SEEKING);
        }
    }

    /** Within the home prefecture counts as local work; labor cooperation is about work away. */
    static boolean sameCity(String householdCounty, String workCounty) {
        return householdCounty.regionMatches(0, workCounty, 0, 4);
    }
}
