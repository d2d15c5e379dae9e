package org.laborbridge.matching.weights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.WeightSetting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code matching_weights} (the one current row) and {@code matching_weights_history}. */
@Repository
class StoredWeights {

    private static final String COLUMNS =
            "job_type, skills, place, wage, housing, poor_priority_bonus, changed_by, changed_at";

    private final JdbcClient jdbc;

    StoredWeights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WeightSetting current() {
        return jdbc.sql("select " + COLUMNS + " from matching_weights where id = 1")
                .query(StoredWeights::setting)
                .optional()
                .orElseGet(() -> new WeightSetting(MatchWeights.standard(), "system", Instant.EPOCH));
    }

    List<WeightSetting> history(int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from matching_weights_history order by changed_at desc, id desc limit :n")
                .param("n", limit)
                .query(StoredWeights::setting)
                .list();
    }

    /**
     * The current row is replaced and the setting appended to the history, in the caller's
     * transaction. One upsert rather than delete and insert, so two admins saving at once both
     * succeed (the later commit wins) instead of one hitting the primary key.
     */
    void replace(MatchWeights weights, String by, Instant at) {
        insert(
                "matching_weights",
                weights,
                by,
                at,
                " on conflict (id) do update set job_type = excluded.job_type, skills = excluded.skills,"
                        + " place = excluded.place, wage = excluded.wage, housing = excluded.housing,"
                        + " poor_priority_bonus = excluded.poor_priority_bonus,"
                        + " changed_by = excluded.changed_by, changed_at = excluded.changed_at");
        insert("matching_weights_history", weights, by, at, "");
    }

    private void insert(String table, MatchWeights weights, String by, Instant at, String onConflict) {
        jdbc.sql("insert into " + table + " (" + COLUMNS
                        + ") values (:jobType, :skills, :place, :wage, :housing, :bonus, :by, :at)" + onConflict)
                .param("jobType", weights.jobType())
                .param("skills", weights.skills())
                .param("place", weights.place())
                .param("wage", weights.wage())
                .param("housing", weights.housing())
                .param("bonus", weights.poorPriorityBonus())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static WeightSetting setting(ResultSet row, int n) throws SQLException {
        return new WeightSetting(
                new MatchWeights(
                        row.getInt("job_type"),
                        row.getInt("skills"),
                        row.getInt("place"),
                        row.getInt("wage"),
                        row.getInt("housing"),
                        row.getInt("poor_priority_bonus")),
                row.getString("changed_by"),
                row.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
