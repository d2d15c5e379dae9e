package org.laborbridge.transport.planner;

import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.planning.DepartureExplanation;
import org.laborbridge.transport.planning.ModeTariff;

/**
 * What the planner proposes for a caseworker to review. {@code fingerprint} identifies the demands
 * it was computed from: confirming with a fingerprint that no longer matches is refused, so
 * nobody confirms a plan other than the one they read. {@code unplanned} are demands no mode
 * serves.
 */
public record PlanProposal(
        PlanRequest request,
        String fingerprint,
        List<ProposedTrip> trips,
        List<DepartureExplanation> departures,
        List<DemandView> unplanned,
        List<ModeTariff> tariffs,
        Money totalCost,
        int travellers) {

    public PlanProposal {
        trips = List.copyOf(trips);
        departures = List.copyOf(departures);
        unplanned = List.copyOf(unplanned);
        tariffs = List.copyOf(tariffs);
    }
}
