package org.laborbridge.reporting.dashboard;

import static org.laborbridge.reporting.dashboard.DashboardText.fenToYuan;
import static org.laborbridge.reporting.dashboard.DashboardText.firstDay;
import static org.laborbridge.reporting.dashboard.DashboardText.lastDay;
import static org.laborbridge.reporting.dashboard.DashboardText.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.laborbridge.reporting.figures.StatFigures;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The headline tiles, each linking to the list behind it, from one GROUP BY of every metric's sum
 * (the same sums the summary gives); the follow-up tiles come from {@link RetentionFigures} and
 * stand after the placements. The headline table lists the tiles that have a figure.
 */
@Component
public class HeadlineTiles {

    private final StatFigures figures;
    private final DashboardText text;

    HeadlineTiles(StatFigures figures, DashboardText text) {
        this.figures = figures;
        this.text = text;
    }

    /** The tiles for the scope, with {@code followUps} after the placements. */
    public List<Tile> tiles(DashboardScope scope, List<Tile> followUps) {
        Map<Metric, Long> sums = figures.sums(scope.prefixes(), scope.from(), scope.to());
        Locale locale = LocaleContextHolder.getLocale();
        String region = scope.filter().region();
        String transport =
                link("/transport", "region", region, "from", firstDay(scope.from()), "to", lastDay(scope.to()));
        String fairs = link("/fairs", "hostRegion", region);
        String placements = link(
                "/placements",
                "month",
                scope.from() != null && scope.from().equals(scope.to())
                        ? scope.from().toString()
                        : "");
        String subsidies =
                link("/subsidies/reports", "region", region, "from", firstDay(scope.from()), "to", lastDay(scope.to()));
        String workshops = link("/workshops", "region", region);
        List<Tile> tiles = new ArrayList<>();
        tiles.add(count("workersHelpedOut", sums.get(Metric.WORKERS_HELPED_OUT), transport, locale));
        tiles.add(count("pointToPointBatches", sums.get(Metric.POINT_TO_POINT_BATCHES), transport, locale));
        tiles.add(count("pointToPointTravellers", sums.get(Metric.POINT_TO_POINT_TRAVELLERS), transport, locale));
        tiles.add(count("fairs", sums.get(Metric.FAIRS), fairs, locale));
        tiles.add(count("fairEmployers", sums.get(Metric.FAIR_EMPLOYERS), fairs, locale));
        tiles.add(count("positionsOffered", sums.get(Metric.POSITIONS_OFFERED), fairs, locale));
        tiles.add(count("fairApplications", sums.get(Metric.FAIR_APPLICATIONS), fairs, locale));
        tiles.add(count("placements", sums.get(Metric.PLACEMENTS), placements, locale));
        tiles.addAll(followUps);
        tiles.add(count("subsidiesApproved", sums.get(Metric.SUBSIDIES_APPROVED), subsidies, locale));
        tiles.add(yuan("subsidiesApprovedYuan", fenToYuan(sums.get(Metric.SUBSIDIES_APPROVED_FEN)), subsidies, locale));
        tiles.add(yuan("subsidiesPaidYuan", fenToYuan(sums.get(Metric.SUBSIDIES_PAID_FEN)), subsidies, locale));
        tiles.add(count("workshops", sums.get(Metric.WORKSHOPS), workshops, locale));
        tiles.add(count("workshopEmployees", sums.get(Metric.WORKSHOP_EMPLOYEES), workshops, locale));
        return tiles;
    }

    /** The tiles that have a figure, as a table. */
    public DashboardTable table(List<Tile> tiles) {
        List<Row> rows = new ArrayList<>();
        for (Tile tile : tiles) {
            if (tile.raw().isEmpty()) {
                continue;
            }
            rows.add(new Row(List.of(tile.label()), tile.href(), List.of(new BigDecimal(tile.raw()))));
        }
        return new DashboardTable(
                "headline",
                text.text("dashboard.table.headline"),
                List.of(text.text("dashboard.column.figure"), text.text("dashboard.column.value")),
                1,
                rows);
    }

    private Tile count(String key, long value, String href, Locale locale) {
        return new Tile(
                key,
                text.text("dashboard.tile." + key),
                DashboardTable.format(value, locale),
                Long.toString(value),
                null,
                href);
    }

    private Tile yuan(String key, BigDecimal value, String href, Locale locale) {
        return new Tile(
                key,
                text.text("dashboard.tile." + key),
                DashboardTable.format(value, locale),
                DashboardTable.plain(value),
                text.text("dashboard.unit.yuan"),
                href);
    }
}
