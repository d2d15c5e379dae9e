package org.laborbridge.fairs;

import java.time.YearMonth;

/** One figure for reporting: a count at one fair, under its host region and the month it starts. */
public record FairFigure(String county, YearMonth month, FairId fair, long value) {}
