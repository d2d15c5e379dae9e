package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.workers.WorkerId;

/** A worker was signed up for a fair, by themselves or by staff. */
public record WorkerSignedUp(FairId fair, WorkerId worker, String householdCounty, Instant at) {}
