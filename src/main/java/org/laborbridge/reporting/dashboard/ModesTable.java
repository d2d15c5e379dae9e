package org.laborbridge.reporting.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.laborbridge.reporting.figures.StatFigures;
import org.laborbridge.reporting.figures.StatFigures.Breakdown;
import org.springframework.stereotype.Component;

/** Travellers per transport mode, bus first, from one GROUP BY; modes named in the reader's language. */
@Component
public class ModesTable {

    private static final List<String> MODES = List.of("BUS", "CARRIAGE", "TRAIN", "FLIGHT");

    private final StatFigures figures;
    private final DashboardText text;

    ModesTable(StatFigures figures, DashboardText text) {
        this.figures = figures;
        this.text = text;
    }

    public DashboardTable table(DashboardScope scope) {
        Map<String, Long> travellers = figures.breakdown(
                        Breakdown.DETAIL,
                        List.of(Metric.POINT_TO_POINT_TRAVELLERS),
                        scope.prefixes(),
                        scope.from(),
                        scope.to())
                .get(Metric.POINT_TO_POINT_TRAVELLERS);
        List<Row> rows = new ArrayList<>();
        travellers.entrySet().stream()
                .filter(entry -> entry.getValue() != 0)
                .sorted(Comparator.comparing((Map.Entry<String, Long> entry) -> modeOrder(entry.getKey())))
                .forEach(
                        entry -> rows.add(new Row(List.of(modeName(entry.getKey())), null, List.of(entry.getValue()))));
        return new DashboardTable(
                "modes",
                text.text("dashboard.table.modes"),
                List.of(text.text("dashboard.column.mode"), text.text("dashboard.column.travellers")),
                1,
                rows);
    }

    private String modeName(String mode) {
        if (mode.isEmpty()) {
            return text.text("dashboard.detail.none");
        }
        return text.textOr("transport.mode." + mode, mode);
    }

    private static int modeOrder(String mode) {
        int index = MODES.indexOf(mode);
        return index < 0 ? MODES.size() : index;
    }
}
