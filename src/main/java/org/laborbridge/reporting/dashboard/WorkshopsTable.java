package org.laborbridge.reporting.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.laborbridge.reporting.figures.StatFigures;
import org.laborbridge.reporting.figures.StatFigures.Breakdown;
import org.springframework.stereotype.Component;

/** Workshops and their employees per county at the period's end, largest first, from one GROUP BY. */
@Component
public class WorkshopsTable {

    private static final List<Metric> METRICS = List.of(Metric.WORKSHOPS, Metric.WORKSHOP_EMPLOYEES);

    private final StatFigures figures;
    private final DashboardText text;

    WorkshopsTable(StatFigures figures, DashboardText text) {
        this.figures = figures;
        this.text = text;
    }

    public DashboardTable table(DashboardScope scope) {
        Map<Metric, Map<String, Long>> byCounty =
                figures.breakdown(Breakdown.COUNTY, METRICS, scope.prefixes(), scope.from(), scope.to());
        Set<String> counties = new TreeSet<>();
        byCounty.values().forEach(values -> counties.addAll(values.keySet()));
        List<Row> rows = counties.stream()
                .map(county -> new Row(
                        List.of(text.regionName(county), county),
                        DashboardText.link("/workshops", "region", county),
                        METRICS.stream()
                                .map(metric -> (Number) byCounty.get(metric).getOrDefault(county, 0L))
                                .toList()))
                .filter(row -> row.longValue(0) != 0 || row.longValue(1) != 0)
                .sorted(Comparator.comparingLong((Row row) -> row.longValue(0))
                        .thenComparingLong(row -> row.longValue(1))
                        .reversed())
                .toList();
        return new DashboardTable(
                "workshops",
                text.text("dashboard.table.workshops"),
                List.of(
                        text.text("dashboard.column.county"),
                        text.text("dashboard.column.code"),
                        text.text("dashboard.column.workshops"),
                        text.text("dashboard.column.employees")),
                2,
                rows);
    }
}
