package org.laborbridge.transport;

/** A worker's own trip and their line on it, for their phone page. */
public record WorkerTrip(TripView trip, ManifestLine line) {}
