package org.laborbridge.reporting.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.laborbridge.reporting.Summary;

/**
 * What the dashboard shows for one filter; {@code refreshedAt} null before this node's first
 * refresh, {@code regionOptions} the regions its filter offers.
 */
public record DashboardView(
        Summary summary,
        List<Tile> tiles,
        Map<String, DashboardTable> tables,
        Instant refreshedAt,
        List<RegionOption> regionOptions) {

    public DashboardTable table(String id) {
        return tables.get(id);
    }
}
