package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.workers.WorkerId;

/** A worker arrived at an on-site fair; {@code walkIn} when they had not signed up beforehand. */
public record WorkerCheckedIn(FairId fair, WorkerId worker, String householdCounty, boolean walkIn, Instant at) {}
