package org.laborbridge.reporting.dashboard;

import static org.laborbridge.reporting.dashboard.DashboardText.fenToYuan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.laborbridge.reporting.figures.StatFigures;
import org.laborbridge.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The headline figures per partner region (or per filtered region inside one), from one GROUP BY
 * joining the regions' prefixes to the figures; the regions are the filter's options, read once
 * per page.
 */
@Component
public class RegionsTable {

    private static final List<Metric> METRICS = List.of(
            Metric.WORKERS_HELPED_OUT,
            Metric.POINT_TO_POINT_TRAVELLERS,
            Metric.FAIRS,
            Metric.POSITIONS_OFFERED,
            Metric.PLACEMENTS,
            Metric.SUBSIDIES_PAID_FEN,
            Metric.WORKSHOPS,
            Metric.WORKSHOP_EMPLOYEES);

    private final StatFigures figures;
    private final RegionOptions options;
    private final DashboardText text;

    RegionsTable(StatFigures figures, RegionOptions options, DashboardText text) {
        this.figures = figures;
        this.options = options;
        this.text = text;
    }

    /** The table for the scope, reading the caller's regions itself. */
    public DashboardTable table(DashboardScope scope) {
        return table(scope, options.forCaller());
    }

    DashboardTable table(DashboardScope scope, List<RegionOption> regions) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        // A row per partner region, or per filtered region inside one, named for what it counts.
        Map<String, String> filtered = new LinkedHashMap<>();
        scope.summary().regions().forEach(code -> filtered.putIfAbsent(RegionCode.coveringPrefix(code), code));
        for (RegionOption region : regions) {
            narrowed(RegionCode.coveringPrefix(region.code()), scope.prefixes())
                    .ifPresent(prefix -> prefixes.putIfAbsent(
                            prefix.equals(RegionCode.coveringPrefix(region.code()))
                                    ? region.code()
                                    : filtered.getOrDefault(prefix, region.code()),
                            prefix));
        }
        Map<Metric, Map<String, Long>> byRegion =
                figures.byPrefix(METRICS, prefixes.values().stream().distinct().toList(), scope.from(), scope.to());
        DashboardFilter filter = scope.filter();
        List<Row> rows = new ArrayList<>();
        prefixes.forEach((code, prefix) -> rows.add(new Row(
                List.of(text.regionName(code), code),
                "/reporting" + new DashboardFilter(code, filter.from(), filter.to()).parameters(),
                METRICS.stream()
                        .map(metric -> {
                            long value = byRegion.get(metric).getOrDefault(prefix, 0L);
                            return metric == Metric.SUBSIDIES_PAID_FEN ? (Number) fenToYuan(value) : (Number) value;
                        })
                        .toList())));
        return new DashboardTable(
                "regions",
                text.text("dashboard.table.regions"),
                List.of(
                        text.text("dashboard.column.region"),
                        text.text("dashboard.column.code"),
                        text.text("dashboard.column.helpedOut"),
                        text.text("dashboard.column.travellers"),
                        text.text("dashboard.column.fairs"),
                        text.text("dashboard.column.positions"),
                        text.text("dashboard.column.placements"),
                        text.text("dashboard.column.paidYuan"),
                        text.text("dashboard.column.workshops"),
                        text.text("dashboard.column.employees")),
                2,
                rows);
    }

    /** The part of a partner region inside the filter: itself, the filtered region within it, or nothing. */
    private static Optional<String> narrowed(String region, List<String> filter) {
        if (filter.isEmpty()) {
            return Optional.of(region);
        }
        for (String prefix : filter) {
            if (region.startsWith(prefix)) {
                return Optional.of(region);
            }
            if (prefix.startsWith(region)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }
}
