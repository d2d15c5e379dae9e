package org.laborbridge.workers.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.workers.DuplicateDecision;
import org.laborbridge.workers.DuplicateReason;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Records under different IDs that look like one person: the same phone, or the same name and
 * birth date. A pair a caseworker has decided on, or a record already marked as a duplicate,
 * is not offered again.
 */
@Repository
class Duplicates {

    record Pair(UUID first, UUID second, DuplicateReason reason) {}

    private final JdbcClient jdbc;

    Duplicates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Pair> undecided(int limit) {
        List<Pair> pairs = jdbc.sql("""
                        select p.first, p.second, p.reason from (
                            select a.id as first, b.id as second, 'SAME_PHONE' as reason, 1 as rank
                            from worker a join worker b on b.phone_reversed = a.phone_reversed and a.id < b.id
                            where a.duplicate_of is null and b.duplicate_of is null
                            union all
                            select a.id, b.id, 'SAME_NAME_AND_BIRTH_DATE', 2
                            from worker a join worker b
                                on b.name_simplified = a.name_simplified and b.birth_date = a.birth_date and a.id < b.id
                            where a.duplicate_of is null and b.duplicate_of is null
                        ) p
                        where not exists (select 1 from worker_duplicate_decision d
                                          where d.worker_a = p.first and d.worker_b = p.second)
                        order by p.rank
                        limit :limit
                        """)
                .param("limit", limit * 2)
                .query((row, n) -> new Pair(
                        row.getObject("first", UUID.class),
                        row.getObject("second", UUID.class),
                        DuplicateReason.valueOf(row.getString("reason"))))
                .list();
        // A pair alike in both ways is offered once, under its strongest reason.
        Map<List<UUID>, Pair> distinct = new LinkedHashMap<>();
        pairs.forEach(pair -> distinct.putIfAbsent(List.of(pair.first(), pair.second()), pair));
        return new ArrayList<>(distinct.values()).subList(0, Math.min(limit, distinct.size()));
    }

    /** False when the pair was decided before. Ordered by PostgreSQL, whose uuid order is not Java's. */
    boolean decide(WorkerId a, WorkerId b, DuplicateDecision decision, String by, Instant at) {
        return jdbc.sql("""
                        insert into worker_duplicate_decision (worker_a, worker_b, decision, decided_by, decided_at)
                        values (least(:a, :b), greatest(:a, :b), :decision, :by, :at)
                        on conflict (worker_a, worker_b) do nothing
                        """)
                        .param("a", a.value())
                        .param("b", b.value())
                        .param("decision", decision.name())
                        .param("by", by)
                        .param("at", WorkerRows.timestamp(at))
                        .update()
                == 1;
    }
}
