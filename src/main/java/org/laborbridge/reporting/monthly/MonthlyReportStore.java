package org.laborbridge.reporting.monthly;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.laborbridge.reporting.Metric;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The report tables, by {@code JdbcClient}; the rules live in the service and the database. */
@Component
class MonthlyReportStore {

    private static final String COLUMNS = "id, region_code, month, status, submitted_by, submitted_at, locked_by,"
            + " locked_at, returned_by, returned_at, return_reason";

    private final JdbcClient jdbc;

    MonthlyReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MonthlyReportView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from monthly_report where id = ?")
                .param(id)
                .query(MonthlyReportStore::report)
                .optional()
                .map(report -> report.with(figures(id), steps(id)));
    }

    /** The report's row, locked until the transaction ends, so that its steps happen one at a time. */
    Optional<MonthlyReportView> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from monthly_report where id = ? for update")
                .param(id)
                .query(MonthlyReportStore::report)
                .optional();
    }

    Optional<MonthlyReportView> find(String region, YearMonth month) {
        return jdbc.sql("select " + COLUMNS + " from monthly_report where region_code = ? and month = ?")
                .params(region, first(month))
                .query(MonthlyReportStore::report)
                .optional();
    }

    /**
     * Newest month first. {@code scope} null: every region; otherwise only reports whose region
     * starts with one of these prefixes.
     */
    List<MonthlyReportView> list(Collection<String> scope, String region, ReportStatus status) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from monthly_report where true");
        List<Object> params = new ArrayList<>();
        if (scope != null) {
            if (scope.isEmpty()) {
                return List.of();
            }
            sql.append(" and (")
                    .append(scope.stream().map(s -> "region_code like ?").collect(Collectors.joining(" or ")))
                    .append(")");
            scope.forEach(prefix -> params.add(prefix + "%"));
        }
        if (region != null) {
            sql.append(" and region_code = ?");
            params.add(region);
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status.name());
        }
        sql.append(" order by month desc, region_code limit 500");
        return jdbc.sql(sql.toString())
                .params(params)
                .query(MonthlyReportStore::report)
                .list();
    }

    boolean hasEarlier(String region, YearMonth month) {
        return jdbc.sql("select exists (select 1 from monthly_report where region_code = ? and month < ?)")
                .params(region, first(month))
                .query(Boolean.class)
                .single();
    }

    /** The months of the region's locked reports before {@code month}, oldest first. */
    List<YearMonth> lockedMonthsBefore(String region, YearMonth month) {
        return jdbc.sql("select month from monthly_report where region_code = ? and month < ? and status = 'LOCKED'"
                        + " order by month")
                .params(region, first(month))
                .query((rs, n) -> YearMonth.from(rs.getDate("month").toLocalDate()))
                .list();
    }

    /** What the region's locked reports before {@code month} reported, per metric, summed. */
    Map<Metric, Long> lockedValuesBefore(String region, YearMonth month) {
        Map<Metric, Long> sums = new EnumMap<>(Metric.class);
        jdbc.sql("select f.metric, sum(f.value) as total from monthly_report_figure f"
                        + " join monthly_report r on r.id = f.report_id"
                        + " where r.region_code = ? and r.month < ? and r.status = 'LOCKED' group by f.metric")
                .params(region, first(month))
                .query(rs -> {
                    long total = rs.getLong("total");
                    metric(rs.getString("metric")).ifPresent(metric -> sums.put(metric, total));
                });
        return sums;
    }

    /** A new report; false when the region's month already has one (a concurrent submit included). */
    boolean insert(UUID id, String region, YearMonth month, String by, Instant at) {
        return jdbc.sql("insert into monthly_report (id, region_code, month, status, submitted_by, submitted_at)"
                                + " values (?, ?, ?, 'SUBMITTED', ?, ?)"
                                + " on conflict (region_code, month) do nothing")
                        .params(id, region, first(month), by, Timestamp.from(at))
                        .update()
                == 1;
    }

    boolean resubmit(UUID id, String by, Instant at) {
        return jdbc.sql("update monthly_report set status = 'SUBMITTED', submitted_by = ?, submitted_at = ?,"
                                + " returned_by = null, returned_at = null, return_reason = null"
                                + " where id = ? and status = 'RETURNED'")
                        .params(by, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    boolean lock(UUID id, String by, Instant at) {
        return jdbc.sql("update monthly_report set status = 'LOCKED', locked_by = ?, locked_at = ?"
                                + " where id = ? and status = 'SUBMITTED'")
                        .params(by, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    boolean giveBack(UUID id, String by, Instant at, String reason) {
        return jdbc.sql("update monthly_report set status = 'RETURNED', returned_by = ?, returned_at = ?,"
                                + " return_reason = ? where id = ? and status = 'SUBMITTED'")
                        .params(by, Timestamp.from(at), reason, id)
                        .update()
                == 1;
    }

    void replaceFigures(UUID id, List<FigureLine> lines) {
        jdbc.sql("delete from monthly_report_figure where report_id = ?")
                .param(id)
                .update();
        for (FigureLine line : lines) {
            jdbc.sql("insert into monthly_report_figure (report_id, metric, month_value, late_value, value)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, line.metric().key(), line.monthValue(), line.lateValue(), line.value())
                    .update();
        }
    }

    void addStep(UUID id, ReportStatus step, String by, Instant at, String reason) {
        jdbc.sql("insert into monthly_report_step (report_id, step_no, step, done_by, done_at, reason)"
                        + " select ?, coalesce(max(step_no), 0) + 1, ?, ?, ?, ? from monthly_report_step"
                        + " where report_id = ?")
                .params(id, step.name(), by, Timestamp.from(at), reason, id)
                .update();
    }

    List<String> submitters(UUID id) {
        return jdbc.sql("select distinct done_by from monthly_report_step where report_id = ? and step = 'SUBMITTED'")
                .param(id)
                .query(String.class)
                .list();
    }

    private List<FigureLine> figures(UUID id) {
        Map<Metric, FigureLine> lines = new EnumMap<>(Metric.class);
        jdbc.sql("select metric, month_value, late_value, value from monthly_report_figure where report_id = ?")
                .param(id)
                .query(rs -> {
                    metric(rs.getString("metric"))
                            .ifPresent(metric -> lines.put(
                                    metric,
                                    new FigureLine(
                                            metric,
                                            longOf(rs, "month_value"),
                                            longOf(rs, "late_value"),
                                            longOf(rs, "value"))));
                });
        return List.copyOf(lines.values());
    }

    private List<ReportStep> steps(UUID id) {
        return jdbc.sql("select step_no, step, done_by, done_at, reason from monthly_report_step"
                        + " where report_id = ? order by step_no")
                .param(id)
                .query((rs, n) -> new ReportStep(
                        rs.getInt("step_no"),
                        ReportStatus.valueOf(rs.getString("step")),
                        rs.getString("done_by"),
                        instant(rs, "done_at"),
                        rs.getString("reason")))
                .list();
    }

    private static MonthlyReportView report(ResultSet rs, int rowNum) throws SQLException {
        return new MonthlyReportView(
                rs.getObject("id", UUID.class),
                rs.getString("region_code"),
                YearMonth.from(rs.getDate("month").toLocalDate()),
                ReportStatus.valueOf(rs.getString("status")),
                rs.getString("submitted_by"),
                instant(rs, "submitted_at"),
                rs.getString("locked_by"),
                instant(rs, "locked_at"),
                rs.getString("returned_by"),
                instant(rs, "returned_at"),
                rs.getString("return_reason"),
                List.of(),
                List.of());
    }

    private static Optional<Metric> metric(String key) {
        return Arrays.stream(Metric.values()).filter(m -> m.key().equals(key)).findFirst();
    }

    private static long longOf(ResultSet rs, String column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Date first(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }
}
