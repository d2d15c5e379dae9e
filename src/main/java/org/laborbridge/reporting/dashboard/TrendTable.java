package org.laborbridge.reporting.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.laborbridge.reporting.figures.StatFigures;
import org.laborbridge.reporting.figures.StatFigures.Breakdown;
import org.springframework.stereotype.Component;

/**
 * Workers helped out, travellers and placements per month, from one GROUP BY, from the first month
 * with figures to the last (within the period when one is given): a region whose charters ran in
 * 2020 and whose hires came this year shows both, with the months between them at zero.
 */
@Component
public class TrendTable {

    private static final List<Metric> METRICS =
            List.of(Metric.WORKERS_HELPED_OUT, Metric.POINT_TO_POINT_TRAVELLERS, Metric.PLACEMENTS);

    private final StatFigures figures;
    private final DashboardText text;

    TrendTable(StatFigures figures, DashboardText text) {
        this.figures = figures;
        this.text = text;
    }

    public DashboardTable table(DashboardScope scope) {
        Map<Metric, Map<String, Long>> byMonth =
                figures.breakdown(Breakdown.MONTH, METRICS, scope.prefixes(), scope.from(), scope.to());
        TreeSet<YearMonth> withData = new TreeSet<>();
        byMonth.values()
                .forEach(months -> months.forEach((month, value) -> {
                    if (value != 0) {
                        withData.add(YearMonth.parse(month));
                    }
                }));
        List<Row> rows = new ArrayList<>();
        if (!withData.isEmpty()) {
            YearMonth last = withData.last();
            for (YearMonth month = withData.first(); !month.isAfter(last); month = month.plusMonths(1)) {
                String key = month.toString();
                rows.add(new Row(
                        List.of(key),
                        null,
                        METRICS.stream()
                                .map(metric -> (Number) byMonth.get(metric).getOrDefault(key, 0L))
                                .toList()));
            }
        }
        return new DashboardTable(
                "trend",
                text.text("dashboard.table.trend"),
                List.of(
                        text.text("dashboard.column.month"),
                        text.text("dashboard.column.helpedOut"),
                        text.text("dashboard.column.travellers"),
                        text.text("dashboard.column.placements")),
                1,
                rows);
    }
}
