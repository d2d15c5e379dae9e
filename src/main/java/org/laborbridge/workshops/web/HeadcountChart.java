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
                                months.stream().map(HeadcountMonth::headcount).toList()),
                        series(
                                poor,
                                months.stream()
                                        .map(HeadcountMonth::poorHeadcount)
                                        .toList())));
        // Inside a <script> element: no "</script>" may close it early, whatever a label says.
        return JSON.writeValueAsString(option).replace("<", "\\u003c");
    }

    private static Map<String, Object> series(String name, List<Long> values) {
        return Map.of("name", name, "type", "line", "step", "end", "showSymbol", false, "data", values);
    }
}
