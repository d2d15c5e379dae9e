package org.laborbridge.transport;

import org.laborbridge.placements.PlacementId;
import org.laborbridge.workers.WorkerId;

/** A worker was taken off a trip before departure (their transport demand is open again). */
public record TravellerRemoved(TripId trip, WorkerId worker, PlacementId placement) {}
