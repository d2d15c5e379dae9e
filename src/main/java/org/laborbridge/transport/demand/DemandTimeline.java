package org.laborbridge.transport.demand;

import java.util.LinkedHashMap;
import java.util.Map;
import org.laborbridge.workers.WorkerHistory;
import org.springframework.stereotype.Component;

/**
 * Puts the demand's own steps on the worker's whole-process timeline, so a caseworker reading it
 * sees when the journey was asked for, moved or called off, not only the trips. Field names carry
 * a {@code demand} prefix: {@code gatheringPoint} and {@code reason} are already worded by other
 * modules' bundles, and one key in two bundles would be worded by whichever is read first.
 */
@Component
class DemandTimeline {

    static final String OPENED = "TRANSPORT_DEMAND_OPENED";
    static final String CHANGED = "TRANSPORT_DEMAND_CHANGED";
    static final String CANCELLED = "TRANSPORT_DEMAND_CANCELLED";

    private final WorkerHistory history;

    DemandTimeline(WorkerHistory history) {
        this.history = history;
    }

    void opened(TransportDemand demand) {
        history.record(demand.terms().worker(), OPENED, window(demand));
    }

    void changed(TransportDemand demand) {
        history.record(demand.terms().worker(), CHANGED, window(demand));
    }

    /** The reason is the person's own words, or a code (PLACEMENT_ENDED) worded by the bundle. */
    void cancelled(TransportDemand demand) {
        Map<String, String> details = window(demand);
        details.put("demandReason", demand.state().cancelReason());
        history.record(demand.terms().worker(), CANCELLED, details);
    }

    /** A gathering point not yet chosen is left out rather than shown empty. */
    private static Map<String, String> window(TransportDemand demand) {
        TransportDemand.State state = demand.state();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("demandWindow", state.earliest() + "–" + state.latest());
        if (state.gatheringPoint() != null) {
            details.put("demandGatheringPoint", state.gatheringPoint());
        }
        return details;
    }
}
