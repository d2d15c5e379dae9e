package org.laborbridge.placements.core;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The retention due list, read straight from the open checks: the partial index on open checks by
 * due date keeps it quick however many checks have been recorded over the years.
 */
@Repository
class DueCheckRows {

    private static final String FROM = " from retention_check r join placement p on p.id = r.placement_id where r.open";

    /** One open check with what the list shows of its placement. */
    record DueRow(
            PlacementId placement,
            WorkerId worker,
            String householdCounty,
            EmployerId employer,
            String jobType,
            int month,
            LocalDate dueOn) {}

    /** How many checks are due in all up to the list's date, overdue before today, and due in the coming week. */
    record Counts(long total, long overdue, long dueThisWeek) {}

    private final JdbcClient jdbc;

    DueCheckRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DueRow> page(PlacementScope scope, LocalDate until, int limit, long offset) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("until", until);
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return jdbc.sql("select r.placement_id, r.month, r.due_on, p.worker_id, p.household_county, p.employer_id,"
                        + " p.job_type" + FROM + " and r.due_on <= :until and " + scope.condition()
                        + " order by r.due_on, r.placement_id, r.month limit :limit offset :offset")
                .params(parameters)
                .query((row, number) -> new DueRow(
                        new PlacementId(row.getObject("placement_id", UUID.class)),
                        new WorkerId(row.getObject("worker_id", UUID.class)),
                        row.getString("household_county"),
                        new EmployerId(row.getObject("employer_id", UUID.class)),
                        row.getString("job_type"),
                        row.getInt("month"),
                        row.getObject("due_on", LocalDate.class)))
                .list();
    }

    Counts counts(PlacementScope scope, LocalDate until, LocalDate today, LocalDate weekEnd) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("until", until);
        parameters.put("today", today);
        parameters.put("weekEnd", weekEnd);
        parameters.put("upTo", until.isAfter(weekEnd) ? until : weekEnd);
        return jdbc.sql("select count(*) filter (where r.due_on <= :until) as total,"
                        + " count(*) filter (where r.due_on < :today) as overdue,"
                        + " count(*) filter (where r.due_on >= :today and r.due_on <= :weekEnd) as week"
                        + FROM + " and r.due_on <= :upTo and " + scope.condition())
                .params(parameters)
                .query((row, number) -> new Counts(row.getLong("total"), row.getLong("overdue"), row.getLong("week")))
                .single();
    }
}
