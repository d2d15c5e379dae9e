package org.laborbridge.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * The headline figures for some regions and months. {@code regions} are the ones counted (the
 * partner's own when they named none; empty for everything); {@code from}/{@code to} null when open.
 */
public record Summary(
        List<String> regions,
        YearMonth from,
        YearMonth to,
        long workersHelpedOut,
        long pointToPointBatches,
        long pointToPointTravellers,
        long fairs,
        long fairEmployers,
        long positionsOffered,
        long placements,
        long workshops,
        long workshopEmployees,
        BigDecimal subsidiesPaidYuan) {}
