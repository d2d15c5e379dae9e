package org.laborbridge.reporting.figures;

import java.time.YearMonth;

/**
 * One pre-aggregated figure as a module reports it: where, which month, one level further (the
 * transport mode, the fair, the policy, the follow-up month; blank for none) and how much.
 */
record FigureRow(String county, YearMonth month, String detail, long value) {

    FigureRow {
        detail = detail == null ? "" : detail;
    }

    FigureRow(String county, YearMonth month, long value) {
        this(county, month, "", value);
    }
}
