package org.laborbridge.workshops;

import java.time.Instant;
import java.time.LocalDate;

/** The bureau withdrew the recognition of a flagged workshop from {@code effectiveOn}, for {@code reason}. */
public record WorkshopWithdrawn(WorkshopId workshop, String county, LocalDate effectiveOn, String reason, Instant at) {}
