package org.laborbridge.workshops;

import java.time.Instant;

/** A workshop was registered as recognised, or restored after meeting the criteria again. */
public record WorkshopRecognised(WorkshopId workshop, String county, Instant at) {}
