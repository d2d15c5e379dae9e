package org.laborbridge.transport.planner;

import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.planning.DepartureExplanation;
import org.laborbridge.transport.planning.ModeTariff;

/**
 * What the planner proposes for a caseworker to review. {@code fingerprint} identifies the demands
 * it was computed from: confirming with a fingerprint that no longer matches is refused, so
 * nobody confirms a plan other than the one they read. {@code unplanned} are the demands
 * the planner could not carry, each with why.
 */
public record PlanProposal(
        PlanRequest request,
        String fingerprint,
        List<ProposedTrip> trips,
        List<DepartureExplanation> departures,
        List<UnplannedDemand> unplanned,
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
