package org.laborbridge.fairs;

import java.time.Instant;

/** A fair was called off; its sign-ups stay as they were, for the record. */
public record FairCancelled(FairId fair, String by, Instant at) {}
