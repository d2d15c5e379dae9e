package org.laborbridge.transport;

import java.time.Instant;

/** One status change of a trip: which, who, when (and the reason of a cancellation). */
public record TripStep(TripStatus status, String by, Instant at, String reason) {}
