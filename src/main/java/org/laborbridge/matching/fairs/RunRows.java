package org.laborbridge.matching.fairs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.FairId;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assignment tables of {@code V101__fair_assignment.sql}; lists go in with one statement each. */
@Repository
class RunRows {

    private final JdbcClient jdbc;

    RunRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewRun(
            UUID id,
            FairId fair,
            String computedBy,
            Instant computedAt,
            MatchWeights weights,
            long referenceWageFen,
            int listLength,
            long totalPoints,
            int signUps,
            Map<JobPostingId, Integer> openings,
            List<PairRow> pairs,
            List<UnassignedRow> unassigned) {}

    record PairRow(WorkerId worker, String householdCounty, JobPostingId posting, int points, int preferenceRank) {}

    record UnassignedRow(WorkerId worker, String householdCounty, UnassignedReason why) {}

    record StoredPair(
            WorkerId worker,
            String householdCounty,
            JobPostingId posting,
            int points,
            int preferenceRank,
            String outcome) {}

    record StoredPosting(JobPostingId posting, int openings) {}

    void insert(NewRun run) {
        MatchWeights w = run.weights();
        jdbc.sql("""
                insert into fair_assignment_run (id, fair_id, computed_by, computed_at, weight_job_type, weight_skills,
                    weight_place, weight_wage, weight_housing, poor_priority_bonus, reference_wage_fen, list_length,
                    total_points, sign_ups, postings, openings, assigned, unassigned)
                values (:id, :fair, :by, :at, :jobType, :skills, :place, :wage, :housing, :bonus, :wageFen, :listLength,
                    :total, :signUps, :postings, :openings, :assigned, :unassigned)
                """)
                .param("id", run.id())
                .param("fair", run.fair().value())
                .param("by", run.computedBy())
                .param("at", OffsetDateTime.ofInstant(run.computedAt(), ZoneOffset.UTC))
                .param("jobType", w.jobType())
                .param("skills", w.skills())
                .param("place", w.place())
                .param("wage", w.wage())
                .param("housing", w.housing())
                .param("bonus", w.poorPriorityBonus())
                .param("wageFen", run.referenceWageFen())
                .param("listLength", run.listLength())
                .param("total", run.totalPoints())
                .param("signUps", run.signUps())
                .param("postings", run.openings().size())
                .param(
                        "openings",
                        run.openings().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum())
                .param("assigned", run.pairs().size())
                .param("unassigned", run.unassigned().size())
                .update();
        jdbc.sql("insert into fair_assignment_posting (run_id, posting_id, openings)"
                        + " select :run, * from unnest(:postings::uuid[], :openings::integer[])")
                .param("run", run.id())
                .param(
                        "postings",
                        run.openings().keySet().stream()
                                .map(JobPostingId::value)
                                .toArray(UUID[]::new))
                .param("openings", run.openings().values().toArray(Integer[]::new))
                .update();
        if (!run.pairs().isEmpty()) {
            jdbc.sql("insert into fair_assignment_pair (run_id, worker_id, household_county, posting_id, points,"
                            + " preference_rank) select :run, * from unnest(:workers::uuid[], :counties::text[],"
                            + " :postings::uuid[], :points::integer[], :ranks::integer[])")
                    .param("run", run.id())
                    .param(
                            "workers",
                            run.pairs().stream().map(p -> p.worker().value()).toArray(UUID[]::new))
                    .param(
                            "counties",
                            run.pairs().stream().map(PairRow::householdCounty).toArray(String[]::new))
                    .param(
                            "postings",
                            run.pairs().stream().map(p -> p.posting().value()).toArray(UUID[]::new))
                    .param("points", run.pairs().stream().map(PairRow::points).toArray(Integer[]::new))
                    .param(
                            "ranks",
                            run.pairs().stream().map(PairRow::preferenceRank).toArray(Integer[]::new))
                    .update();
        }
        if (!run.unassigned().isEmpty()) {
            jdbc.sql("insert into fair_assignment_unassigned (run_id, worker_id, household_county, why)"
                            + " select :run, * from unnest(:workers::uuid[], :counties::text[], :whys::text[])")
                    .param("run", run.id())
                    .param(
                            "workers",
                            run.unassigned().stream()
                                    .map(u -> u.worker().value())
                                    .toArray(UUID[]::new))
                    .param(
                            "counties",
                            run.unassigned().stream()
                                    .map(UnassignedRow::householdCounty)
                                    .toArray(String[]::new))
                    .param(
                            "whys",
                            run.unassigned().stream().map(u -> u.why().name()).toArray(String[]::new))
                    .update();
        }
    }

    private static final String SUMMARY = """
            select r.*, r.run_no = (select max(l.run_no) from fair_assignment_run l where l.fair_id = r.fair_id) as latest,
                (select count(*) from fair_assignment_pair p where p.run_id = r.id
                    and (p.outcome is null or p.outcome = 'FAILED')) as unfinished
            from fair_assignment_run r
            """;

    Optional<RunViews.Summary> find(FairId fair, UUID run) {
        return jdbc.sql(SUMMARY + " where r.id = :run and r.fair_id = :fair")
                .param("run", run)
                .param("fair", fair.value())
                .query(RunRows::summary)
                .optional()
                .map(summary -> withReasons(summary));
    }

    Optional<RunViews.Summary> latest(FairId fair) {
        return jdbc.sql(SUMMARY + " where r.fair_id = :fair order by r.run_no desc limit 1")
                .param("fair", fair.value())
                .query(RunRows::summary)
                .optional()
                .map(summary -> withReasons(summary));
    }

    List<RunViews.Listed> recent(FairId fair, int limit) {
        return jdbc.sql(
                        "select id, computed_at, computed_by, total_points, assigned, confirmed_at from fair_assignment_run"
                                + " where fair_id = :fair order by run_no desc limit :limit")
                .param("fair", fair.value())
                .param("limit", limit)
                .query((row, n) -> new RunViews.Listed(
                        row.getObject("id", UUID.class),
                        instant(row, "computed_at"),
                        row.getString("computed_by"),
                        row.getLong("total_points"),
                        row.getInt("assigned"),
                        row.getObject("confirmed_at") != null))
                .list();
    }

    List<StoredPosting> postings(UUID run) {
        return jdbc.sql("select posting_id, openings from fair_assignment_posting where run_id = :run")
                .param("run", run)
                .query((row, n) -> new StoredPosting(
                        new JobPostingId(row.getObject("posting_id", UUID.class)), row.getInt("openings")))
                .list();
    }

    /** Pairs of these postings, best first within each; all pairs of the run when {@code postings} is null. */
    List<StoredPair> pairs(UUID run, Collection<JobPostingId> postings) {
        String filter = postings == null ? "" : " and posting_id = any(:postings)";
        var statement = jdbc.sql("select worker_id, household_county, posting_id, points, preference_rank, outcome"
                        + " from fair_assignment_pair where run_id = :run" + filter
                        + " order by posting_id, points desc, preference_rank, worker_id")
                .param("run", run);
        if (postings != null) {
            statement = statement.param(
                    "postings", postings.stream().map(JobPostingId::value).toArray(UUID[]::new));
        }
        return statement
                .query((row, n) -> new StoredPair(
                        new WorkerId(row.getObject("worker_id", UUID.class)),
                        row.getString("household_county"),
                        new JobPostingId(row.getObject("posting_id", UUID.class)),
                        row.getInt("points"),
                        row.getInt("preference_rank"),
                        row.getString("outcome")))
                .list();
    }

    List<UnassignedRow> unassigned(UUID run, int page, int size) {
        return jdbc.sql("select worker_id, household_county, why from fair_assignment_unassigned where run_id = :run"
                        + " order by why, household_county, worker_id limit :limit offset :offset")
                .param("run", run)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((row, n) -> new UnassignedRow(
                        new WorkerId(row.getObject("worker_id", UUID.class)),
                        row.getString("household_county"),
                        UnassignedReason.valueOf(row.getString("why"))))
                .list();
    }

    /** How long a confirmation's lease lasts unless renewed: what an abandoned one blocks a repair for. */
    static final java.time.Duration LEASE = java.time.Duration.ofMinutes(2);

    /**
     * Marks the run confirmed, holding the confirmation lease, if it is not confirmed yet and no
     * later run of its fair exists; false when either stands in the way. The one guarded update is
     * what makes a confirmation happen once.
     */
    boolean claimConfirmation(UUID run, String by, Instant at) {
        return jdbc.sql("""
                        update fair_assignment_run r set confirmed_by = :by, confirmed_at = :at, confirming_until = :until
                        where r.id = :run and r.confirmed_at is null
                          and not exists (select 1 from fair_assignment_run l where l.fair_id = r.fair_id and l.run_no > r.run_no)
                        """)
                        .param("run", run)
                        .param("by", by)
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .param("until", OffsetDateTime.ofInstant(at.plus(LEASE), ZoneOffset.UTC))
                        .update()
                == 1;
    }

    /**
     * Takes the lease of a confirmed run to confirm it again, if no confirmation holds it now and no
     * later run of its fair exists; false otherwise.
     */
    boolean claimRepair(UUID run, Instant at) {
        return jdbc.sql("""
                        update fair_assignment_run r set confirming_until = :until
                        where r.id = :run and r.confirmed_at is not null
                          and (r.confirming_until is null or r.confirming_until < :at)
                          and not exists (select 1 from fair_assignment_run l where l.fair_id = r.fair_id and l.run_no > r.run_no)
                        """)
                        .param("run", run)
                        .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .param("until", OffsetDateTime.ofInstant(at.plus(LEASE), ZoneOffset.UTC))
                        .update()
                == 1;
    }

    /** Keeps the lease while the confirmation works; null {@code until} gives it up. */
    void lease(UUID run, Instant until) {
        jdbc.sql("update fair_assignment_run set confirming_until = :until where id = :run")
                .param("run", run)
                .param("until", until == null ? null : OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .update();
    }

    /** Whether a confirmation holds the run's lease now. */
    boolean leased(UUID run, Instant at) {
        return jdbc.sql("select confirming_until > :at from fair_assignment_run where id = :run")
                .param("run", run)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Locks the worker's pair of the run for this transaction if it still waits for its outcome
     * (none yet, or FAILED); false when another confirmation has settled it meanwhile.
     */
    boolean claimPair(UUID run, WorkerId worker) {
        return !jdbc.sql("select 1 from fair_assignment_pair where run_id = :run and worker_id = :worker"
                        + " and (outcome is null or outcome = 'FAILED') for update")
                .param("run", run)
                .param("worker", worker.value())
                .query(Integer.class)
                .list()
                .isEmpty();
    }

    /** Records the pair's outcome unless it is settled already (INVITED or a refusal stays). */
    void recordOutcome(UUID run, WorkerId worker, String outcome, UUID application) {
        jdbc.sql("update fair_assignment_pair set outcome = :outcome, application_id = :application"
                        + " where run_id = :run and worker_id = :worker and (outcome is null or outcome = 'FAILED')")
                .param("outcome", outcome)
                .param("application", application)
                .param("run", run)
                .param("worker", worker.value())
                .update();
    }

    /** How many pairs of the run have each outcome; pairs without one yet count under {@code FAILED}. */
    Map<String, Integer> outcomes(UUID run) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql("select coalesce(outcome, 'FAILED') as outcome, count(*) as n from fair_assignment_pair"
                        + " where run_id = :run group by 1")
                .param("run", run)
                .query((row, n) -> counts.merge(row.getString("outcome"), row.getInt("n"), Integer::sum))
                .list();
        return counts;
    }

    /** The run's invitations and skipped pairs, counted from the pairs' outcomes. */
    void recordConfirmationCounts(UUID run) {
        jdbc.sql("""
                        update fair_assignment_run r set
                            invitations = (select count(*) from fair_assignment_pair p where p.run_id = r.id
                                and p.outcome = 'INVITED'),
                            skipped = (select count(*) from fair_assignment_pair p where p.run_id = r.id
                                and p.outcome not in ('INVITED', 'FAILED'))
                        where r.id = :run
                        """).param("run", run).update();
    }

    private RunViews.Summary withReasons(RunViews.Summary summary) {
        Map<UnassignedReason, Integer> byReason = new EnumMap<>(UnassignedReason.class);
        for (UnassignedReason reason : UnassignedReason.values()) {
            byReason.put(reason, 0);
        }
        jdbc.sql("select why, count(*) as n from fair_assignment_unassigned where run_id = :run group by why")
                .param("run", summary.id())
                .query((row, n) -> byReason.put(UnassignedReason.valueOf(row.getString("why")), row.getInt("n")))
                .list();
        return new RunViews.Summary(
                summary.id(),
                summary.fair(),
                summary.computedBy(),
                summary.computedAt(),
                summary.weights(),
                summary.referenceWageFen(),
                summary.listLength(),
                summary.totalPoints(),
                summary.signUps(),
                summary.postings(),
                summary.openings(),
                summary.assigned(),
                summary.unassigned(),
                byReason,
                summary.confirmedBy(),
                summary.confirmedAt(),
                summary.invitations(),
                summary.skipped(),
                summary.unfinished(),
                summary.latest());
    }

    private static RunViews.Summary summary(ResultSet row, int n) throws SQLException {
        return new RunViews.Summary(
                row.getObject("id", UUID.class),
                new FairId(row.getObject("fair_id", UUID.class)),
                row.getString("computed_by"),
                instant(row, "computed_at"),
                new MatchWeights(
                        row.getInt("weight_job_type"),
                        row.getInt("weight_skills"),
                        row.getInt("weight_place"),
                        row.getInt("weight_wage"),
                        row.getInt("weight_housing"),
                        row.getInt("poor_priority_bonus")),
                row.getLong("reference_wage_fen"),
                row.getInt("list_length"),
                row.getLong("total_points"),
                row.getInt("sign_ups"),
                row.getInt("postings"),
                row.getInt("openings"),
                row.getInt("assigned"),
                row.getInt("unassigned"),
                Map.of(),
                row.getString("confirmed_by"),
                instant(row, "confirmed_at"),
                (Integer) row.getObject("invitations"),
                (Integer) row.getObject("skipped"),
                row.getInt("unfinished"),
                row.getBoolean("latest"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
