package org.laborbridge.fairs.core;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.FairId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Employers at fairs and the postings each brought. */
@Repository
class ParticipantRows {

    /** A participant row with its postings' ids, in the order they joined. */
    record Row(EmployerId employer, String booth, Instant joinedAt, List<JobPostingId> postings) {}

    private final JdbcClient jdbc;

    ParticipantRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joining again moves the booth and adds postings; postings already there stay once. */
    void save(FairId fair, EmployerId employer, String booth, List<JobPostingId> postings, String by, Instant at) {
        jdbc.sql("insert into fair_participant (fair_id, employer_id, booth, joined_by, joined_at)"
                        + " values (:fair, :employer, :booth, :by, :at)"
                        + " on conflict (fair_id, employer_id) do update set booth = excluded.booth")
                .param("fair", fair.value())
                .param("employer", employer.value())
                .param("booth", booth)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        for (JobPostingId posting : postings) {
            jdbc.sql("insert into fair_posting (fair_id, employer_id, posting_id) values (:fair, :employer, :posting)"
                            + " on conflict do nothing")
                    .param("fair", fair.value())
                    .param("employer", employer.value())
                    .param("posting", posting.value())
                    .update();
        }
    }

    /** Booth number → the employer holding it. */
    Map<String, EmployerId> booths(FairId fair) {
        Map<String, EmployerId> booths = new LinkedHashMap<>();
        jdbc.sql("select booth, employer_id from fair_participant where fair_id = :fair and booth is not null")
                .param("fair", fair.value())
                .query(row -> {
                    booths.put(row.getString("booth"), new EmployerId(row.getObject("employer_id", UUID.class)));
                });
        return booths;
    }

    /** By booth number (naturally ordered: A2 before A10), then by when they joined. */
    List<Row> of(FairId fair) {
        Map<EmployerId, List<JobPostingId>> postings = new LinkedHashMap<>();
        jdbc.sql("select employer_id, posting_id from fair_posting where fair_id = :fair order by posting_id")
                .param("fair", fair.value())
                .query(row -> {
                    postings.computeIfAbsent(
                                    new EmployerId(row.getObject("employer_id", UUID.class)), key -> new ArrayList<>())
                            .add(new JobPostingId(row.getObject("posting_id", UUID.class)));
                });
        return jdbc.sql("select employer_id, booth, joined_at from fair_participant where fair_id = :fair"
                        + " order by length(booth), booth, joined_at")
                .param("fair", fair.value())
                .query((row, n) -> {
                    EmployerId employer = new EmployerId(row.getObject("employer_id", UUID.class));
                    return new Row(
                            employer,
                            row.getString("booth"),
                            row.getTimestamp("joined_at").toInstant(),
                            postings.getOrDefault(employer, List.of()));
                })
                .list();
    }

    List<JobPostingId> postings(FairId fair) {
        return jdbc.sql("select posting_id from fair_posting where fair_id = :fair")
                .param("fair", fair.value())
                .query((row, n) -> new JobPostingId(row.getObject("posting_id", UUID.class)))
                .list();
    }

    boolean takesPart(FairId fair, EmployerId employer) {
        return jdbc.sql(
                        "select exists (select 1 from fair_participant where fair_id = :fair and employer_id = :employer)")
                .param("fair", fair.value())
                .param("employer", employer.value())
                .query(Boolean.class)
                .single();
    }
}
