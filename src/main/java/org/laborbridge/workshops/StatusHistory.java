package org.laborbridge.workshops;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The recognition changes of each workshop, oldest first, with the day each took effect. */
@Component
class StatusHistory {

    private final JdbcClient jdbc;

    StatusHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(
            WorkshopId id,
            String county,
            WorkshopStatus status,
            StatusChange.Cause cause,
            LocalDate effectiveOn,
            String reason,
            String by) {
        jdbc.sql("""
                        insert into workshop_status_change (workshop_id, county, status, cause, effective_on, reason, changed_by)
                        values (:id, :county, :status, :cause, :on, :reason, :by)
                        """)
                .param("id", id.value())
                .param("county", county)
                .param("status", status.name())
                .param("cause", cause.name())
                .param("on", effectiveOn)
                .param("reason", reason == null ? "" : reason)
                .param("by", by)
                .update();
    }

    /** The day the latest change took effect: no later change may take effect before it. */
    LocalDate lastEffectiveOn(WorkshopId id) {
        return jdbc.sql("select max(effective_on) from workshop_status_change where workshop_id = :id")
                .param("id", id.value())
                .query(LocalDate.class)
                .optional()
                .orElse(null);
    }

    List<StatusChange> of(WorkshopId id) {
        return jdbc.sql("""
                        select status, cause, effective_on, reason, changed_by, changed_at
                          from workshop_status_change where workshop_id = :id order by effective_on, id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new StatusChange(
                        WorkshopStatus.valueOf(rs.getString("status")),
                        StatusChange.Cause.valueOf(rs.getString("cause")),
                        rs.getObject("effective_on", LocalDate.class),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** Moves the first recognition when the recognition date is corrected, if nothing followed it yet. */
    boolean moveRegistration(WorkshopId id, LocalDate recognisedOn) {
        int later = jdbc.sql("""
                        select count(*) from workshop_status_change
                         where workshop_id = :id and cause <> 'REGISTERED' and effective_on < :on
                        """)
                .param("id", id.value())
                .param("on", recognisedOn)
                .query(Integer.class)
                .single();
        if (later > 0) {
            return false;
        }
        jdbc.sql(
                        "update workshop_status_change set effective_on = :on where workshop_id = :id and cause = 'REGISTERED'")
                .param("id", id.value())
                .param("on", recognisedOn)
                .update();
        return true;
    }
}
