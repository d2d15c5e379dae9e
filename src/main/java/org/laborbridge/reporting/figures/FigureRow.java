package org.laborbridge.reporting.figures;

import java.time.YearMonth;

/** One pre-aggregated figure as a module reports it: where, which month, how much. */
record FigureRow(String county, YearMonth month, long value) {}
