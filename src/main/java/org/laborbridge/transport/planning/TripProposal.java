package org.laborbridge.transport.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.Money;
import org.laborbridge.transport.TransportMode;

/**
 * One proposed vehicle: one bus, carriage, train or flight on one day. A caseworker confirms it
 * into a trip, so one proposal per vehicle keeps seats and manifest one-to-one with the trip.
 */
public record TripProposal(
        Route route, TransportMode mode, LocalDate travelDay, int seats, Money cost, List<UUID> travellers) {

    public TripProposal {
        travellers = List.copyOf(travellers);
        if (travellers.isEmpty() || travellers.size() > seats) {
            throw new IllegalArgumentException(travellers.size() + " travellers on " + seats + " seats");
        }
    }

    /** Rounded up to the fen: the largest share when the cost is split exactly over the travellers. */
    public Money costPerPerson() {
        return PerPerson.of(cost, travellers.size());
    }
}
