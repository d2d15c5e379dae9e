package org.laborbridge.fairs;

import java.time.Instant;

/** One move of an application, signed by the user who made it; {@code note} may be null. */
public record ApplicationStep(ApplicationStatus status, String by, Instant at, String note) {}
