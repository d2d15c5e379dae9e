package org.laborbridge.workshops.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.workshops.HeadcountMonth;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ECharts option of a workshop's headcount over time (employees and the registered poor among
 * them, oldest month first), worded in the reader's language, as JSON for {@code static/js/charts.js}.
 */
final class HeadcountChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HeadcountChart() {}

    static String option(List<HeadcountMonth> months, MessageSource messages, Locale locale) {
        String headcount = messages.getMessage("workshops.column.headcount", null, locale);
        String poor = messages.getMessage("workshops.column.poorHeadcount", null, locale);
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.of(headcount, poor), "top", 0));
        option.put("grid", Map.of("left", 40, "right", 16, "top", 32, "bottom", 28));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "boundaryGap",
                        false,
                        "data",
                        months.stream().map(m -> m.month().toString()).toList()));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        option.put(
                "series",
                List.of(
                        series(
                                headcount,
                                months.stream().map(HeadcountMonth::headcount).toList(),
                                false),
                        series(
                                poor,
                                months.stream()
                                        .map(HeadcountMonth::poorHeadcount)
                                        .toList(),
                                true)));
        // Inside a <script> element: no "</script>" may close it early, whatever a label says.
        return JSON.writeValueAsString(option).replace("<", "\\u003c");
    }

    /**
     * In most workshops every employee is registered poor, so the two lines lie on each other: the
     * headcount is a shaded area and the poor a dashed line on top, both visible.
     */
    private static Map<String, Object> series(String name, List<Long> values, boolean dashed) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("type", "line");
        series.put("step", "end");
        series.put("showSymbol", false);
        series.put("data", values);
        if (dashed) {
            series.put("lineStyle", Map.of("type", "dashed", "width", 2));
        } else {
            series.put("areaStyle", Map.of("opacity", 0.15));
        }
        return series;
    }
}
