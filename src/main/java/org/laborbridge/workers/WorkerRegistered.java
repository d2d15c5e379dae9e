package org.laborbridge.workers;

import java.time.Instant;

/** A person entered the registry. */
public record WorkerRegistered(WorkerId worker, String householdCounty, boolean registeredPoor, Instant at) {}
