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

/**
 * Positions, enterprises and applications per fair, largest first, from one GROUP BY and one
 * lookup of the shown fairs' names; the page shows the largest {@value #FAIRS_SHOWN}, the export
 * every fair.
 */
@Component
public class FairsTable {

    static final int FAIRS_SHOWN = 20;
    private static final List<Metric> METRICS =
            List.of(Metric.POSITIONS_OFFERED, Metric.FAIR_EMPLOYERS, Metric.FAIR_APPLICATIONS);

    private final StatFigures figures;
    private final FairNames fairNames;
    private final DashboardText text;

    FairsTable(StatFigures figures, FairNames fairNames, DashboardText text) {
        this.figures = figures;
        this.fairNames = fairNames;
        this.text = text;
    }

    public DashboardTable table(DashboardScope scope, boolean all) {
        Map<Metric, Map<String, Long>> byFair =
                figures.breakdown(Breakdown.DETAIL, METRICS, scope.prefixes(), scope.from(), scope.to());
        Set<String> fairs = new TreeSet<>();
        byFair.values().forEach(values -> fairs.addAll(values.keySet()));
        List<Row> largest = fairs.stream()
                .map(fair -> new Row(
                        List.of(fair),
                        null,
                        METRICS.stream()
                                .map(metric -> (Number) byFair.get(metric).getOrDefault(fair, 0L))
                                .toList()))
                .filter(row -> row.values().stream().anyMatch(value -> value.longValue() != 0))
                .sorted(Comparator.comparingLong((Row row) -> row.longValue(0))
                        .thenComparingLong(row -> row.longValue(1))
                        .reversed())
                .limit(all ? Long.MAX_VALUE : FAIRS_SHOWN)
                .toList();
        Map<String, String> names =
                fairNames.names(largest.stream().map(Row::label).toList());
        List<Row> rows = largest.stream()
                .map(row -> new Row(List.of(fairName(row.label(), names)), fairLink(row.label()), row.values()))
                .toList();
        return new DashboardTable(
                "fairs",
                text.text("dashboard.table.fairs"),
                List.of(
                        text.text("dashboard.column.fair"),
                        text.text("dashboard.column.positions"),
                        text.text("dashboard.column.enterprises"),
                        text.text("dashboard.column.applications")),
                1,
                rows);
    }

    private String fairName(String fairId, Map<String, String> names) {
        if (fairId.isEmpty()) {
            return text.text("dashboard.detail.none");
        }
        return names.getOrDefault(fairId, fairId);
    }

    private static String fairLink(String fairId) {
        return fairId.isEmpty() ? null : "/fairs/" + fairId;
    }
}
