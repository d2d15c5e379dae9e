package org.laborbridge.transport.demand;

import org.laborbridge.identity.AuditLog;
import org.laborbridge.placements.PlacementAgreed;
import org.laborbridge.placements.PlacementEnded;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.WorkerChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A hire away from home needs a journey, so the platform opens the demand itself and the origin
 * and the bureau only adjust it; a job that ends first needs none. Runs in the placement's (or the
 * registry's) own transaction, so a hire never exists without its demand.
 */
@Component
class DemandsFollowPlacements {

    private final DemandRows rows;
    private final DemandTimeline timeline;

    DemandsFollowPlacements(DemandRows rows, DemandTimeline timeline) {
        this.rows = rows;
        this.timeline = timeline;
    }

    @EventListener
    void agreed(PlacementAgreed agreed) {
        TransportDemand.Terms terms = new TransportDemand.Terms(
                agreed.placement(),
                agreed.worker(),
                agreed.householdCounty(),
                agreed.employer(),
                agreed.workRegion(),
                agreed.startDate());
        // Opened by the platform itself: signed the way the audit log signs what no person did.
        // A demand already waiting for the placement (recorded by hand) is not opened twice.
        TransportDemand.forHire(terms, AuditLog.SYSTEM, agreed.at(), BureauTime.today())
                .filter(rows::insertUnlessWaiting)
                .ifPresent(timeline::opened);
    }

    @EventListener
    void ended(PlacementEnded ended) {
        rows.waitingForUpdate(ended.placement()).ifPresent(demand -> {
            if (demand.placementEnded()) {
                rows.update(demand);
                timeline.cancelled(demand);
            }
        });
    }

    /** Partners see demands by the household county copied onto them; a correction must reach it. */
    @EventListener
    void householdMoved(WorkerChanged changed) {
        if (changed.householdMoved()) {
            rows.moveHousehold(changed.worker(), changed.householdCounty());
        }
    }
}
