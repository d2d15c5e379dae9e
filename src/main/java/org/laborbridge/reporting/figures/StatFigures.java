package org.laborbridge.reporting.figures;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laborbridge.reporting.Metric;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code stat_figure} table: replaced per metric by the refresh, read by the summary, the
 * dashboard and the monthly reports.
 */
@Component
public class StatFigures {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StatFigures(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** All of a metric's rows at once, so a reader sees either the old figures or the new ones. */
    @Transactional
    void replace(Metric metric, List<FigureRow> rows) {
        jdbc.sql("delete from stat_figure where metric = ?").param(metric.key()).update();
        Map<List<Object>, Long> merged = rows.stream()
                .collect(Collectors.groupingBy(
                        row -> List.of(row.county(), row.month(), row.detail()),
                        Collectors.summingLong(FigureRow::value)));
        List<Object[]> batch = new ArrayList<>(merged.size());
        merged.forEach((key, value) -> batch.add(new Object[] {
            metric.key(), key.get(0), Date.valueOf(((YearMonth) key.get(1)).atDay(1)), key.get(2), value
        }));
        template.batchUpdate(
                "insert into stat_figure (metric, county, month, detail, value) values (?, ?, ?, ?, ?)", batch);
    }

    /**
     * Each metric's sum over the counties starting with any of {@code prefixes} (none: all) and
     * the months from {@code from} to {@code to} inclusive (null: open).
     */
    public Map<Metric, Long> sums(List<String> prefixes, YearMonth from, YearMonth to) {
        StringBuilder sql = new StringBuilder("select metric, sum(value) as total from stat_figure where true");
        List<Object> params = new ArrayList<>();
        if (!prefixes.isEmpty()) {
            sql.append(" and (")
                    .append(prefixes.stream().map(p -> "county like ?").collect(Collectors.joining(" or ")))
                    .append(")");
            prefixes.forEach(prefix -> params.add(prefix + "%"));
        }
        if (from != null) {
            List<String> stocks = Arrays.stream(Metric.values())
                    .filter(Metric::stock)
                    .map(Metric::key)
                    .toList();
            sql.append(" and (month >= ? or metric in (")
                    .append(stocks.stream().map(stock -> "?").collect(Collectors.joining(", ")))
                    .append("))");
            params.add(Date.valueOf(from.atDay(1)));
            params.addAll(stocks);
        }
        if (to != null) {
            sql.append(" and month <= ?");
            params.add(Date.valueOf(to.atDay(1)));
        }
        sql.append(" group by metric");
        Map<String, Long> byKey = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(row -> {
            byKey.put(row.getString("metric"), row.getLong("total"));
        });
        Map<Metric, Long> sums = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            sums.put(metric, byKey.getOrDefault(metric.key(), 0L));
        }
        return sums;
    }
}
