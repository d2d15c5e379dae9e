package org.laborbridge.reporting.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.laborbridge.reporting.figures.StatFigures;
import org.laborbridge.reporting.figures.StatFigures.Breakdown;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The follow-ups after 1, 3 and 6 months: a tile each and the retention table, from one GROUP BY. */
@Component
public class RetentionFigures {

    private static final List<String> FOLLOW_UPS = List.of("1", "3", "6");

    private final StatFigures figures;
    private final DashboardText text;

    RetentionFigures(StatFigures figures, DashboardText text) {
        this.figures = figures;
        this.text = text;
    }

    /** Hires due for the follow-up after N months, and those still employed then. */
    public record FollowUp(String months, long due, long retained) {}

    public List<FollowUp> followUps(DashboardScope scope) {
        Map<Metric, Map<String, Long>> byMonths = figures.breakdown(
                Breakdown.DETAIL,
                List.of(Metric.RETENTION_DUE, Metric.RETAINED),
                scope.prefixes(),
                scope.from(),
                scope.to());
        return FOLLOW_UPS.stream()
                .map(months -> new FollowUp(
                        months,
                        byMonths.get(Metric.RETENTION_DUE).getOrDefault(months, 0L),
                        byMonths.get(Metric.RETAINED).getOrDefault(months, 0L)))
                .toList();
    }

    public List<Tile> tiles(List<FollowUp> followUps) {
        Locale locale = LocaleContextHolder.getLocale();
        return followUps.stream()
                .map(followUp -> {
                    BigDecimal rate = DashboardText.rate(followUp.retained(), followUp.due());
                    return new Tile(
                            "retention" + followUp.months(),
                            text.text("dashboard.tile.retention", Integer.parseInt(followUp.months())),
                            rate == null ? "—" : DashboardTable.format(rate, locale) + "%",
                            rate == null ? "" : DashboardTable.plain(rate),
                            text.text(
                                    "dashboard.tile.retention.note",
                                    DashboardTable.format(followUp.retained(), locale),
                                    DashboardTable.format(followUp.due(), locale)),
                            "/placements/due");
                })
                .toList();
    }

    public DashboardTable table(List<FollowUp> followUps) {
        List<Row> rows = new ArrayList<>();
        for (FollowUp followUp : followUps) {
            BigDecimal rate = DashboardText.rate(followUp.retained(), followUp.due());
            if (rate != null) {
                rows.add(new Row(
                        List.of(text.text("dashboard.retention.after", Integer.parseInt(followUp.months()))),
                        null,
                        List.of(followUp.due(), followUp.retained(), rate)));
            }
        }
        return new DashboardTable(
                "retention",
                text.text("dashboard.table.retention"),
                List.of(
                        text.text("dashboard.column.followUp"),
                        text.text("dashboard.column.due"),
                        text.text("dashboard.column.retained"),
                        text.text("dashboard.column.rate")),
                1,
                rows);
    }
}
