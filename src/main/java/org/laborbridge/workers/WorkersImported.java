package org.laborbridge.workers;

import java.time.Instant;
import java.util.UUID;

/** A roster was loaded in bulk; {@code householdCountyPrefix} is null when it spans regions. */
public record WorkersImported(UUID importId, String householdCountyPrefix, int count, Instant at) {}
