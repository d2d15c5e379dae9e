package org.laborbridge.reporting.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.laborbridge.workshops.WorkshopFigure;

/**
 * A stock counted at the end of each month (workshops open, people in them) turned into its change
 * per month and county, which {@code stat_figure} adds up like every other metric (see
 * {@code Metric.stock()}).
 */
final class MonthlyChanges {

    private MonthlyChanges() {}

    static List<FigureRow> of(List<WorkshopFigure> stock, ToLongFunction<WorkshopFigure> value) {
        Map<String, Long> last = new HashMap<>();
        List<FigureRow> changes = new ArrayList<>();
        stock.stream()
                .sorted(Comparator.comparing(WorkshopFigure::county).thenComparing(WorkshopFigure::month))
                .forEach(figure -> {
                    long now = value.applyAsLong(figure);
                    long change = now - last.getOrDefault(figure.county(), 0L);
                    last.put(figure.county(), now);
                    if (change != 0) {
                        changes.add(new FigureRow(figure.county(), figure.month(), change));
                    }
                });
        return changes;
    }
}
