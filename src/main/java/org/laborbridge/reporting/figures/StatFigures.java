package org.laborbridge.reporting.figures;

import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private volatile Instant lastReplaced;

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
        lastReplaced = Instant.now();
    }

    /** When this node last replaced a metric's figures; empty before its first refresh. */
    public Optional<Instant> lastRefreshed() {
        return Optional.ofNullable(lastReplaced);
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

    /** What a breakdown groups the figures by, besides the metric. */
    public enum Breakdown {
        /** {@code stat_figure.detail}: the mode, fair, policy or follow-up month (see {@link Metric}). */
        DETAIL("detail"),
        /** The month, as {@code yyyy-MM}. */
        MONTH("to_char(month, 'YYYY-MM')"),
        /** The 6-digit county (or host or batch region). */
        COUNTY("county");

        private final String column;

        Breakdown(String column) {
            this.column = column;
        }
    }

    /**
     * Each of {@code metrics} summed by {@code breakdown} over the counties starting with any of
     * {@code prefixes} (none: all) and the months as in {@link #sums}: one GROUP BY on the
     * indexed figures. Keys absent from the answer are zero.
     */
    public Map<Metric, Map<String, Long>> breakdown(
            Breakdown breakdown, Collection<Metric> metrics, List<String> prefixes, YearMonth from, YearMonth to) {
        List<Object> params = new ArrayList<>();
        String sql = "select metric, " + breakdown.column + " as grouped, sum(value) as total from stat_figure"
                + where(metrics, prefixes, from, to, params) + " group by metric, grouped order by grouped";
        return grouped(sql, params, metrics);
    }

    /**
     * Each of {@code metrics} summed per region of {@code regionPrefixes} (the key is the prefix),
     * in the months as in {@link #sums}: one GROUP BY joining the prefixes to the indexed figures.
     * Overlapping prefixes each count their own counties.
     */
    public Map<Metric, Map<String, Long>> byPrefix(
            Collection<Metric> metrics, List<String> regionPrefixes, YearMonth from, YearMonth to) {
        if (regionPrefixes.isEmpty()) {
            return grouped(null, List.of(), metrics);
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "select metric, p.prefix as grouped, sum(value) as total from stat_figure" + " join (values ");
        sql.append(regionPrefixes.stream().map(prefix -> "(?)").collect(Collectors.joining(", ")));
        sql.append(") as p(prefix) on county like p.prefix || '%'");
        params.addAll(regionPrefixes);
        sql.append(where(metrics, List.of(), from, to, params)).append(" group by metric, grouped");
        return grouped(sql.toString(), params, metrics);
    }

    private Map<Metric, Map<String, Long>> grouped(String sql, List<Object> params, Collection<Metric> metrics) {
        Map<String, Map<String, Long>> byKey = new HashMap<>();
        if (sql != null) {
            jdbc.sql(sql).params(params).query(row -> {
                byKey.computeIfAbsent(row.getString("metric"), key -> new LinkedHashMap<>())
                        .put(row.getString("grouped"), row.getLong("total"));
            });
        }
        Map<Metric, Map<String, Long>> result = new EnumMap<>(Metric.class);
        for (Metric metric : metrics) {
            result.put(metric, byKey.getOrDefault(metric.key(), Map.of()));
        }
        return result;
    }

    /** The filter of {@link #sums} for some metrics: a stock counts every change up to {@code to}. */
    private static String where(
            Collection<Metric> metrics, List<String> prefixes, YearMonth from, YearMonth to, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where metric in (");
        sql.append(metrics.stream().map(metric -> "?").collect(Collectors.joining(", ")))
                .append(")");
        metrics.forEach(metric -> params.add(metric.key()));
        if (!prefixes.isEmpty()) {
            sql.append(" and (")
                    .append(prefixes.stream().map(p -> "county like ?").collect(Collectors.joining(" or ")))
                    .append(")");
            prefixes.forEach(prefix -> params.add(prefix + "%"));
        }
        if (from != null) {
            List<String> stocks =
                    metrics.stream().filter(Metric::stock).map(Metric::key).toList();
            if (stocks.isEmpty()) {
                sql.append(" and month >= ?");
                params.add(Date.valueOf(from.atDay(1)));
            } else {
                sql.append(" and (month >= ? or metric in (")
                        .append(stocks.stream().map(stock -> "?").collect(Collectors.joining(", ")))
                        .append("))");
                params.add(Date.valueOf(from.atDay(1)));
                params.addAll(stocks);
            }
        }
        if (to != null) {
            sql.append(" and month <= ?");
            params.add(Date.valueOf(to.atDay(1)));
        }
        return sql.toString();
    }
}
