package org.laborbridge.placements.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored placements and their retention checks. */
@Repository
class PlacementRows {

    private static final String COLUMNS = "id, worker_id, household_county, employer_id, posting_id, application_id,"
            + " job_type, start_date, contract_months, end_date, monthly_wage_fen, work_region, work_address,"
            + " status, started_on, leaving_reason, left_on, leaving_note, social_insurance_since";

    private final JdbcClient jdbc;

    PlacementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises placing the same worker until the transaction ends: the overlap rule reads the
     * worker's placements, and two offers accepted at the same moment must not both pass it. The
     * two-key form keeps this lock apart from other modules' single-key locks.
     */
    void lockWorker(WorkerId worker) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('placement'), hashtext(:worker))")
                .param("worker", worker.value().toString())
                .query((row, number) -> 0)
                .single();
    }

    List<OverlappingPlacementRule.Held> heldBy(WorkerId worker) {
        return jdbc.sql("select start_date, end_date, status from placement where worker_id = :worker")
                .param("worker", worker.value())
                .query((row, number) -> new OverlappingPlacementRule.Held(
                        new ContractPeriod(
                                row.getObject("start_date", LocalDate.class),
                                row.getObject("end_date", LocalDate.class)),
                        PlacementStatus.valueOf(row.getString("status"))))
                .list();
    }

    void insert(Placement placement, String createdBy) {
        Map<String, Object> columns = columns(placement);
        columns.put("createdBy", createdBy);
        jdbc.sql("""
                        insert into placement (id, worker_id, household_county, employer_id, posting_id, application_id,
                            job_type, start_date, contract_months, end_date, monthly_wage_fen, work_region, work_address,
                            status, started_on, leaving_reason, left_on, leaving_note, created_by)
                        values (:id, :worker, :county, :employer, :posting, :application, :jobType, :startDate,
                            :contractMonths, :endDate, :wage, :workRegion, :workAddress, :status, :startedOn,
                            :leavingReason, :leftOn, :leavingNote, :createdBy)
                        """).params(columns).update();
        for (RetentionCheck check : placement.checks()) {
            jdbc.sql("""
                            insert into retention_check (placement_id, month, household_county, due_on, open)
                            values (:placement, :month, :county, :dueOn, :open)
                            """)
                    .param("placement", placement.id().value())
                    .param("month", check.month())
                    .param("county", placement.terms().householdCounty())
                    .param("dueOn", check.dueOn())
                    .param("open", check.isOpen())
                    .update();
        }
    }

    void update(Placement placement) {
        jdbc.sql("""
                        update placement set status = :status, started_on = :startedOn, leaving_reason = :leavingReason,
                            left_on = :leftOn, leaving_note = :leavingNote,
                            social_insurance_since = :socialInsuranceSince, changed_at = now()
                        where id = :id
                        """).params(columns(placement)).update();
        for (RetentionCheck check : placement.checks()) {
            jdbc.sql("""
                            update retention_check set outcome = :outcome, note = :note, recorded_by = :recordedBy,
                                recorded_at = :recordedAt, open = :open
                            where placement_id = :placement and month = :month
                            """)
                    .param(
                            "outcome",
                            check.outcome() == null ? null : check.outcome().name())
                    .param("note", check.note())
                    .param("recordedBy", check.recordedBy())
                    .param("recordedAt", check.recordedAt() == null ? null : Timestamp.from(check.recordedAt()))
                    .param("open", check.isOpen())
                    .param("placement", placement.id().value())
                    .param("month", check.month())
                    .update();
        }
    }

    /** Puts the worker's placements and their checks under the county their household is now registered in. */
    void moveHousehold(WorkerId worker, String householdCounty) {
        jdbc.sql("""
                        update retention_check set household_county = :county
                        where placement_id in (select id from placement where worker_id = :worker)
                            and household_county <> :county
                        """)
                .param("worker", worker.value())
                .param("county", householdCounty)
                .update();
        jdbc.sql("update placement set household_county = :county"
                        + " where worker_id = :worker and household_county <> :county")
                .param("worker", worker.value())
                .param("county", householdCounty)
                .update();
    }

    /** Locks the row for the rest of the transaction: two people recording the same check must not both succeed. */
    Optional<Placement> findForUpdate(PlacementId id) {
        return load("select " + COLUMNS + " from placement where id = :id for update", Map.of("id", id.value()))
                .stream()
                .findFirst();
    }

    Optional<Placement> find(PlacementId id) {
        return load("select " + COLUMNS + " from placement where id = :id", Map.of("id", id.value())).stream()
                .findFirst();
    }

    /** Placements matching {@code condition}, in {@code order}, one page of them. */
    List<Placement> select(String condition, Map<String, Object> parameters, String order, int limit, long offset) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("limit", limit);
        all.put("offset", offset);
        return load(
                "select " + COLUMNS + " from placement where " + condition + " order by " + order
                        + " limit :limit offset :offset",
                all);
    }

    long count(String condition, Map<String, Object> parameters) {
        return jdbc.sql("select count(*) from placement where " + condition)
                .params(parameters)
                .query(Long.class)
                .single();
    }

    private List<Placement> load(String sql, Map<String, Object> parameters) {
        List<PlacementRow> rows =
                jdbc.sql(sql).params(parameters).query(PlacementRows::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RetentionCheck>> checks =
                checksOf(rows.stream().map(row -> row.id().value()).toArray(UUID[]::new));
        return rows.stream()
                .map(row -> Placement.restore(
                        row.id(),
                        row.terms(),
                        row.state(),
                        checks.getOrDefault(row.id().value(), List.of())))
                .toList();
    }

    private Map<UUID, List<RetentionCheck>> checksOf(UUID[] placements) {
        Map<UUID, List<RetentionCheck>> checks = new LinkedHashMap<>();
        jdbc.sql("""
                        select placement_id, month, due_on, outcome, note, recorded_by, recorded_at, open
                        from retention_check where placement_id = any(:placements) order by placement_id, month
                        """).param("placements", placements).query(row -> {
            checks.computeIfAbsent(row.getObject("placement_id", UUID.class), id -> new ArrayList<>())
                    .add(check(row));
        });
        return checks;
    }

    private static RetentionCheck check(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        Timestamp recordedAt = row.getTimestamp("recorded_at");
        return new RetentionCheck(
                row.getInt("month"),
                row.getObject("due_on", LocalDate.class),
                outcome == null ? null : RetentionOutcome.valueOf(outcome),
                row.getString("note"),
                row.getString("recorded_by"),
                recordedAt == null ? null : recordedAt.toInstant(),
                row.getBoolean("open"));
    }

    private record PlacementRow(PlacementId id, Placement.Terms terms, Placement.State state) {}

    private static PlacementRow row(ResultSet row, int number) throws SQLException {
        LocalDate start = row.getObject("start_date", LocalDate.class);
        String reason = row.getString("leaving_reason");
        Placement.Terms terms = new Placement.Terms(
                new WorkerId(row.getObject("worker_id", UUID.class)),
                row.getString("household_county"),
                new EmployerId(row.getObject("employer_id", UUID.class)),
                new JobPostingId(row.getObject("posting_id", UUID.class)),
                row.getObject("application_id", UUID.class),
                row.getString("job_type"),
                new ContractPeriod(start, row.getObject("end_date", LocalDate.class)),
                row.getInt("contract_months"),
                Money.ofFen(row.getLong("monthly_wage_fen")),
                RegionCode.of(row.getString("work_region")),
                row.getString("work_address"));
        Placement.State state = new Placement.State(
                PlacementStatus.valueOf(row.getString("status")),
                row.getObject("started_on", LocalDate.class),
                reason == null ? null : LeavingReason.valueOf(reason),
                row.getObject("left_on", LocalDate.class),
                row.getString("leaving_note"),
                row.getObject("social_insurance_since", LocalDate.class));
        return new PlacementRow(new PlacementId(row.getObject("id", UUID.class)), terms, state);
    }

    private static Map<String, Object> columns(Placement placement) {
        Placement.Terms terms = placement.terms();
        Placement.State state = placement.state();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", placement.id().value());
        columns.put("worker", terms.worker().value());
        columns.put("county", terms.householdCounty());
        columns.put("employer", terms.employer().value());
        columns.put("posting", terms.posting().value());
        columns.put("application", terms.applicationId());
        columns.put("jobType", terms.jobType());
        columns.put("startDate", terms.period().start());
        columns.put("contractMonths", terms.contractMonths());
        columns.put("endDate", terms.period().end());
        columns.put("wage", terms.monthlyWage().fen());
        columns.put("workRegion", terms.workRegion().value());
        columns.put("workAddress", terms.workAddress());
        columns.put("status", state.status().name());
        columns.put("startedOn", state.startedOn());
        columns.put(
                "leavingReason",
                state.leavingReason() == null ? null : state.leavingReason().name());
        columns.put("leftOn", state.leftOn());
        columns.put("leavingNote", state.leavingNote());
        columns.put("socialInsuranceSince", state.socialInsuranceSince());
        return columns;
    }
}
