package org.laborbridge.placements;

import java.time.YearMonth;

/**
 * The follow-ups after {@code followUpMonth} months of the hires in one household county whose
 * contract starts in {@code month}: how many are due, and how many of those found the worker still
 * in the job. {@code retained / due} is the retention rate.
 */
public record RetentionFigure(String county, YearMonth month, int followUpMonth, long due, long retained) {}
