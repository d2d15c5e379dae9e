package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.workers.WorkerId;

/** A worker on a fair's sign-up list as another module works with it: no name, no number. */
public record SignedUp(WorkerId worker, String householdCounty, Instant signedUpAt) {}
