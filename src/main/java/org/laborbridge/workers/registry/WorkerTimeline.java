package org.laborbridge.workers.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.TimelineEntry.Change;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code worker_event} table: the whole-process history, numbers already masked. */
@Repository
class WorkerTimeline {

    private static final TypeReference<LinkedHashMap<String, Change>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WorkerTimeline(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(
            WorkerId worker,
            String householdCounty,
            String actor,
            String kind,
            Map<String, Change> changes,
            Instant at) {
        jdbc.sql("""
                        insert into worker_event (worker_id, household_county, at, actor, kind, changes)
                        values (:worker, :county, :at, :actor, :kind, cast(:changes as jsonb))
                        """)
                .param("worker", worker.value())
                .param("county", householdCounty)
                .param("at", WorkerRows.timestamp(at))
                .param("actor", actor)
                .param("kind", kind)
                .param("changes", json.writeValueAsString(changes))
                .update();
    }

    /**
     * Workers loaded in bulk (imports, demo data) have no event row of their own: writing a
     * million of them would double the cost of a load, and the worker row already says who
     * loaded it and when.
     */
    List<TimelineEntry> of(WorkerId worker) {
        return jdbc.sql("""
                        select at, actor, kind, changes from (
                            select created_at as at, created_by as actor, 'IMPORTED' as kind, '{}' as changes,
                                   0 as id
                            from worker w
                            where id = :worker
                              and not exists (select 1 from worker_event e
                                              where e.worker_id = w.id and e.kind = 'REGISTERED')
                            union all
                            select at, actor, kind, changes::text, id from worker_event where worker_id = :worker
                        ) entries
                        order by at, id
                        """)
                .param("worker", worker.value())
                .query((row, n) -> new TimelineEntry(
                        WorkerRows.instant(row, "at"),
                        row.getString("actor"),
                        row.getString("kind"),
                        json.readValue(row.getString("changes"), CHANGES)))
                .list();
    }
}
