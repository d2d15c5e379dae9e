package org.laborbridge.transport;

import java.time.YearMonth;

/** One figure for reporting: a count in one county (or batch/host region) and month. */
public record TripFigure(String county, YearMonth month, long value) {}
