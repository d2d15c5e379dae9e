package org.laborbridge.transport.planner;

import java.util.List;
import org.laborbridge.transport.TripView;

/**
 * From open transport demands to trips: propose, review, confirm. ADMIN and CASEWORKER only.
 * Tariffs (seats and price per vehicle per mode) come from configuration
 * ({@code laborbridge.transport.tariffs.*}).
 */
public interface TripPlanning {

    /** Refused: from/to missing or reversed (field to, code REVERSED); a window over 92 days. */
    PlanProposal propose(PlanRequest request);

    /**
     * Plans again and, when the fingerprint still matches, turns every proposed vehicle into a
     * PLANNED trip with its travellers, one batch per batch region and travel day, in one
     * transaction. A stale fingerprint is refused (field fingerprint, code STALE).
     */
    List<TripView> confirm(PlanRequest request, String fingerprint);

    boolean mayPlan();
}
