package org.laborbridge.reporting.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.laborbridge.reporting.dashboard.DashboardTable.Row;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ECharts options of the dashboard's charts, written by the server from the same tables the
 * page lists (static/js/charts.js draws them; no script on the page holds text or data). Every
 * label is already in the reader's language.
 */
@Component
class DashboardCharts {

    private static final List<String> COLOURS =
            List.of("#0d6efd", "#198754", "#fd7e14", "#6f42c1", "#20c997", "#dc3545", "#6c757d");

    private final JsonMapper json;

    DashboardCharts(JsonMapper json) {
        this.json = json;
    }

    /** Chart id → option as JSON, safe inside {@code <script type="application/json">}. */
    Map<String, String> options(DashboardView view) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("trend", lines(view.table("trend")));
        options.put("modes", pie(view.table("modes")));
        options.put("fairs", bars(view.table("fairs"), List.of(0, 1), true));
        options.put("retention", bars(view.table("retention"), List.of(2), false));
        options.put("subsidies", bars(view.table("subsidies"), List.of(1, 2), true));
        options.put("workshops", bars(view.table("workshops"), List.of(0, 1), true));
        Map<String, String> written = new LinkedHashMap<>();
        options.forEach((id, option) -> {
            if (option != null) {
                written.put(id, json.writeValueAsString(option).replace("<", "\\u003c"));
            }
        });
        return written;
    }

    private static Map<String, Object> lines(DashboardTable table) {
        if (table.isEmpty()) {
            return null;
        }
        Map<String, Object> option = base(table);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "category", "data", labels(table)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series(table, List.of(0, 1, 2), "line", Function.identity()));
        return option;
    }

    private static Map<String, Object> pie(DashboardTable table) {
        if (table.isEmpty()) {
            return null;
        }
        Map<String, Object> option = base(table);
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        List<Map<String, Object>> data = new ArrayList<>();
        for (Row row : table.rows()) {
            data.add(Map.of("name", row.label(), "value", row.values().get(0)));
        }
        option.put(
                "series",
                List.of(Map.of(
                        "type", "pie",
                        "name", table.valueHeaders().get(0),
                        "radius", List.of("35%", "65%"),
                        "center", List.of("50%", "45%"),
                        "data", data)));
        return option;
    }

    /** A bar per row, one series per chosen figure; horizontal for long names such as fairs'. */
    private static Map<String, Object> bars(DashboardTable table, List<Integer> columns, boolean horizontal) {
        if (table.isEmpty()) {
            return null;
        }
        Map<String, Object> option = base(table);
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        List<String> labels = labels(table);
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("type", "category");
        category.put("data", horizontal ? reversed(labels) : labels);
        category.put("axisLabel", Map.of("width", 110, "overflow", "truncate"));
        Map<String, Object> value = Map.of("type", "value");
        option.put("xAxis", horizontal ? value : category);
        option.put("yAxis", horizontal ? category : value);
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        option.put(
                "series", series(table, columns, "bar", horizontal ? DashboardCharts::reversed : Function.identity()));
        return option;
    }

    private static Map<String, Object> base(DashboardTable table) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("color", COLOURS);
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 40, "bottom", 8, "containLabel", true));
        option.put("aria", Map.of("enabled", true));
        return option;
    }

    private static List<Map<String, Object>> series(
            DashboardTable table, List<Integer> columns, String type, Function<List<Object>, List<Object>> order) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int column : columns) {
            List<Object> data = new ArrayList<>();
            for (Row row : table.rows()) {
                data.add(row.values().get(column));
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", table.valueHeaders().get(column));
            one.put("type", type);
            one.put("data", order.apply(data));
            series.add(one);
        }
        return series;
    }

    private static List<String> labels(DashboardTable table) {
        return table.rows().stream().map(Row::label).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
