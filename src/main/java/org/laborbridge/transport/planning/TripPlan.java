package org.laborbridge.transport.planning;

import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.Money;

/**
 * A proposal for the caseworker to review: the vehicles, why each day looks as it does, and who
 * could not be planned because no mode serves their route.
 */
public record TripPlan(List<TripProposal> trips, List<DepartureExplanation> departures, List<UUID> unplanned) {

    public TripPlan {
        trips = List.copyOf(trips);
        departures = List.copyOf(departures);
        unplanned = List.copyOf(unplanned);
    }

    public Money totalCost() {
        return trips.stream().map(TripProposal::cost).reduce(Money.ZERO, Money::add);
    }
}
