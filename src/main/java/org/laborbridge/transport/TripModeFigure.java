package org.laborbridge.transport;

import java.time.YearMonth;

/** One figure for reporting broken down by how people travelled: a count in one county (or batch region) and month. */
public record TripModeFigure(String county, YearMonth month, TransportMode mode, long value) {}
