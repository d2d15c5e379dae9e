package org.laborbridge.transport;

import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

/**
 * One traveller's part of a trip's cost: the cost shared exactly to the fen over those who
 * travelled (boarded), the remainder fen going to the first travellers in worker-id order, so the
 * shares always add up to the total. What the subsidies module pays per person.
 */
public record TravellerShare(
        WorkerId worker,
        String householdCounty,
        PlacementId placement,
        EmployerId employer,
        Money share,
        boolean charterFullySubsidised) {}
