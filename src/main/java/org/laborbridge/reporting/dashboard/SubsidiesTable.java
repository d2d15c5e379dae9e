package org.laborbridge.reporting.dashboard;

import static org.laborbridge.reporting.dashboard.DashboardText.fenToYuan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.laborbridge.reporting.figures.StatFigures;
import org.laborbridge.reporting.figures.StatFigures.Breakdown;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.springframework.stereotype.Component;

/** Claims approved, yuan approved and paid per subsidy policy, from one GROUP BY and one read of the policies' names. */
@Component
public class SubsidiesTable {

    private static final List<Metric> METRICS =
            List.of(Metric.SUBSIDIES_APPROVED, Metric.SUBSIDIES_APPROVED_FEN, Metric.SUBSIDIES_PAID_FEN);

    private final StatFigures figures;
    private final SubsidyPolicies policies;
    private final DashboardText text;

    SubsidiesTable(StatFigures figures, SubsidyPolicies policies, DashboardText text) {
        this.figures = figures;
        this.policies = policies;
        this.text = text;
    }

    public DashboardTable table(DashboardScope scope) {
        Map<Metric, Map<String, Long>> byPolicy =
                figures.breakdown(Breakdown.DETAIL, METRICS, scope.prefixes(), scope.from(), scope.to());
        Set<String> codes = new TreeSet<>();
        byPolicy.values().forEach(values -> codes.addAll(values.keySet()));
        Map<String, String> names = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            policies.all().forEach(policy -> names.put(policy.code(), policy.name()));
        }
        List<Row> rows = codes.stream()
                .map(code -> new Row(
                        List.of(
                                code.isEmpty() ? text.text("dashboard.detail.none") : names.getOrDefault(code, code),
                                code),
                        null,
                        List.<Number>of(
                                byPolicy.get(Metric.SUBSIDIES_APPROVED).getOrDefault(code, 0L),
                                fenToYuan(byPolicy.get(Metric.SUBSIDIES_APPROVED_FEN)
                                        .getOrDefault(code, 0L)),
                                fenToYuan(
                                        byPolicy.get(Metric.SUBSIDIES_PAID_FEN).getOrDefault(code, 0L)))))
                .filter(row -> row.values().stream().anyMatch(value -> value.doubleValue() != 0))
                .toList();
        return new DashboardTable(
                "subsidies",
                text.text("dashboard.table.subsidies"),
                List.of(
                        text.text("dashboard.column.policy"),
                        text.text("dashboard.column.policyCode"),
                        text.text("dashboard.column.claimsApproved"),
                        text.text("dashboard.column.approvedYuan"),
                        text.text("dashboard.column.paidYuan")),
                2,
                rows);
    }
}
