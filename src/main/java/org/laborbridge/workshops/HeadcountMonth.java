package org.laborbridge.workshops;

import java.time.YearMonth;

/** Employees of a workshop at the end of a month (today for the current month). */
public record HeadcountMonth(YearMonth month, long headcount, long poorHeadcount) {}
