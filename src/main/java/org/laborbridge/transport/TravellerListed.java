package org.laborbridge.transport;

import java.time.Instant;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.workers.WorkerId;

/** A worker was put on a trip's manifest (their transport demand is now planned). */
public record TravellerListed(
        TripId trip, WorkerId worker, String householdCounty, PlacementId placement, Instant plannedDeparture) {}
