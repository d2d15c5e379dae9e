package org.laborbridge.transport;

import java.time.Instant;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.workers.WorkerId;

/** A traveller was handed over to their employer on arrival: the point-to-point promise kept. */
public record TravellerHandedOver(
        TripId trip,
        WorkerId worker,
        String householdCounty,
        PlacementId placement,
        EmployerId employer,
        String receivedBy,
        Instant at) {}
