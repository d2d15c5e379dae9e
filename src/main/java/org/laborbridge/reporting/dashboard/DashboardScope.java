package org.laborbridge.reporting.dashboard;

import java.time.YearMonth;
import java.util.List;
import org.laborbridge.reporting.Summary;
import org.laborbridge.shared.RegionCode;

/**
 * A filter once the summary has checked it: the regions, counties and months every tile counts.
 * Each tile reads its figures for a scope, so one check serves the whole page.
 */
public record DashboardScope(DashboardFilter filter, Summary summary, List<String> prefixes) {

    static DashboardScope of(DashboardFilter filter, Summary summary) {
        return new DashboardScope(
                filter,
                summary,
                summary.regions().stream()
                        .map(RegionCode::coveringPrefix)
                        .distinct()
                        .toList());
    }

    public YearMonth from() {
        return summary.from();
    }

    public YearMonth to() {
        return summary.to();
    }
}
