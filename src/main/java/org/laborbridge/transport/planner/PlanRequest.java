package org.laborbridge.transport.planner;

import java.time.LocalDate;

/**
 * Which open transport demands to plan: those whose travel window overlaps [{@code from},
 * {@code to}], optionally only from {@code region} (household region code at any level).
 */
public record PlanRequest(LocalDate from, LocalDate to, String region) {}
