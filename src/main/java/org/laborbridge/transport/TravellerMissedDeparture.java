package org.laborbridge.transport;

import org.laborbridge.placements.PlacementId;
import org.laborbridge.workers.WorkerId;

/**
 * A listed traveller did not turn up at boarding (marked no-show): they still need a journey, so
 * their transport demand is open again for the next vehicle. {@code placement} is null on lines
 * from before the platform.
 */
public record TravellerMissedDeparture(TripId trip, WorkerId worker, PlacementId placement) {}
