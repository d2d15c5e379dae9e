package org.laborbridge.reporting.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.reporting.Statistics;
import org.laborbridge.reporting.figures.StatFigures;
import org.springframework.stereotype.Service;

/**
 * The dashboard for one filter, put together from its tiles and tables, each a GROUP BY on the
 * pre-aggregated figures (never the modules' tables) plus at most one small lookup of names. The
 * summary checks the caller and the filter first, so the page refuses exactly what the API
 * refuses; the tiles then count the regions the summary counted.
 */
@Service
public class Dashboard {

    /** The table ids, in the page's order; also the names of their downloads. */
    public static final List<String> TABLES =
            List.of("headline", "trend", "modes", "fairs", "retention", "subsidies", "workshops", "regions");

    private final Statistics statistics;
    private final StatFigures figures;
    private final RegionOptions regionOptions;
    private final DashboardText text;
    private final HeadlineTiles headline;
    private final TrendTable trend;
    private final ModesTable modes;
    private final FairsTable fairs;
    private final RetentionFigures retention;
    private final SubsidiesTable subsidies;
    private final WorkshopsTable workshops;
    private final RegionsTable regions;

    Dashboard(
            Statistics statistics,
            StatFigures figures,
            RegionOptions regionOptions,
            DashboardText text,
            HeadlineTiles headline,
            TrendTable trend,
            ModesTable modes,
            FairsTable fairs,
            RetentionFigures retention,
            SubsidiesTable subsidies,
            WorkshopsTable workshops,
            RegionsTable regions) {
        this.statistics = statistics;
        this.figures = figures;
        this.regionOptions = regionOptions;
        this.text = text;
        this.headline = headline;
        this.trend = trend;
        this.modes = modes;
        this.fairs = fairs;
        this.retention = retention;
        this.subsidies = subsidies;
        this.workshops = workshops;
        this.regions = regions;
    }

    /** The filter checked and resolved by the summary, as the tiles count it. */
    public DashboardScope scope(DashboardFilter filter) {
        return DashboardScope.of(filter, statistics.summary(filter.query()));
    }

    /** Everything the page shows; {@code allFairs} lists every fair rather than the largest few. */
    public DashboardView read(DashboardFilter filter, boolean allFairs) {
        DashboardScope scope = scope(filter);
        List<RegionOption> options = regionOptions.forCaller();
        List<RetentionFigures.FollowUp> followUps = retention.followUps(scope);
        List<Tile> tiles = headline.tiles(scope, retention.tiles(followUps));
        Map<String, DashboardTable> tables = new LinkedHashMap<>();
        tables.put("headline", headline.table(tiles));
        tables.put("trend", trend.table(scope));
        tables.put("modes", modes.table(scope));
        tables.put("fairs", fairs.table(scope, allFairs));
        tables.put("retention", retention.table(followUps));
        tables.put("subsidies", subsidies.table(scope));
        tables.put("workshops", workshops.table(scope));
        tables.put("regions", regions.table(scope, options));
        return new DashboardView(
                scope.summary(),
                tiles,
                tables,
                figures.lastRefreshed().orElse(null),
                regionOptions.withSelected(options, filter.region()));
    }

    /** The regions offered in the filter: the caller's own for a partner, every partner region for staff. */
    public List<RegionOption> regionOptions(String selected) {
        return regionOptions.withSelected(regionOptions.forCaller(), selected);
    }

    String regionName(String code) {
        return text.regionName(code);
    }
}
