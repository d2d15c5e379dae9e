package org.laborbridge.subsidies;

import java.time.YearMonth;

/** What was paid under one policy (its code) in one household county and month, in fen (分), for reporting. */
public record SubsidyFigure(String county, YearMonth month, String policy, long paidFen) {}
