package org.laborbridge.transport;

import java.time.Instant;

/** Every traveller of the trip is handed over and the trip is closed. */
public record TripHandedOver(TripId trip, int travellers, Instant at) {}
