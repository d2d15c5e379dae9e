package org.laborbridge.identity.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.shared.BureauTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the audit log for administrators. Writing is {@link org.laborbridge.identity.AuditLog}'s alone. */
@Component
class AuditTrail {

    /** Date filters mean calendar days where the bureau works, not UTC days. */
    static final int MAXIMUM_PAGE_SIZE = 200;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AuditEvents find(AuditFilter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAXIMUM_PAGE_SIZE));
        int pageNumber = Math.max(0, page);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.actor() != null) {
            conditions.add("actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            parameters.put("from", filter.from().atStartOfDay(BureauTime.ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
            parameters.put(
                    "to", filter.to().plusDays(1).atStartOfDay(BureauTime.ZONE).toOffsetDateTime());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        long total = jdbc.sql("select count(*) from audit_log" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        List<AuditEvent> items = jdbc.sql("""
                        select id, at, actor, role, action, subject_type, subject_id, remote_address, detail
                        from audit_log""" + where + " order by at desc, id desc limit :limit offset :offset")
                .params(parameters)
                .param("limit", pageSize)
                .param("offset", (long) pageNumber * pageSize)
                .query(AuditTrail::event)
                .list();
        return new AuditEvents(items, total, pageNumber, pageSize);
    }

    private static AuditEvent event(ResultSet row, int rowNumber) throws SQLException {
        return new AuditEvent(
                row.getLong("id"),
                row.getObject("at", OffsetDateTime.class)
                        .atZoneSameInstant(BureauTime.ZONE)
                        .toOffsetDateTime(),
                row.getString("actor"),
                row.getString("role"),
                row.getString("action"),
                row.getString("subject_type"),
                row.getString("subject_id"),
                row.getString("remote_address"),
                row.getString("detail"));
    }
}
