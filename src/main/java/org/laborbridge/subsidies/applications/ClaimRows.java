package org.laborbridge.subsidies.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.identity.Caller;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.ApplicationQuery;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationStep;
import org.laborbridge.subsidies.DocumentView;
import org.laborbridge.subsidies.ObjectionView;
import org.laborbridge.subsidies.PolicyId;
import org.laborbridge.subsidies.PolicyVersion;
import org.laborbridge.subsidies.StageView;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages.StageAmount;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.workers.WorkerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims, their steps, objections and stages as stored; every time written comes from the subsidy clock. */
@Repository
class ClaimRows {

    private static final String SELECT = """
            select a.*, p.code as policy_code, p.name as policy_name
            from subsidy_application a join subsidy_policy p on p.id = a.policy_id
            """;

    private final JdbcClient jdbc;

    ClaimRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the checks of one person's claims, so that once-per-person and exclusions see each other. */
    void lockWorker(WorkerId worker) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('subsidy-worker'), hashtext(:worker))")
                .param("worker", worker.value().toString())
                .query((row, number) -> 1)
                .list();
    }

    /** Approvals of one policy wait for each other here, so that two never share the last of a budget. */
    void lockPolicy(PolicyId policy) {
        jdbc.sql("select id from subsidy_policy where id = :id for update")
                .param("id", policy.value())
                .query((row, number) -> 1)
                .list();
    }

    String nextNumber(int year) {
        long next = jdbc.sql("select nextval('subsidy_application_number')")
                .query(Long.class)
                .single();
        return String.format("BT-%d-%06d", year, next);
    }

    void insert(Claim claim, Instant at) {
        jdbc.sql("""
                        insert into subsidy_application
                            (id, number, policy_id, policy_version, kind, payee_kind, worker_id, household_county,
                             employer_id, basis_kind, basis_id, basis_day, payee_name, bank_name, bank_account,
                             amount_fen, judgement, status, once_scope, created_by, created_role, created_at, changed_at)
                        values (:id, :number, :policy, :version, :kind, :payee, :worker, :county,
                                :employer, :basisKind, :basisId, :basisDay, :payeeName, :bankName, :bankAccount,
                                :amount, cast(:judgement as jsonb), :status, :onceScope, :createdBy, :createdRole, :at, :at)
                        """)
                .param("id", claim.id.value())
                .param("number", claim.number)
                .param("policy", claim.policy.policy().value())
                .param("version", claim.policy.version())
                .param("kind", claim.kind.name())
                .param("payee", claim.payee.name())
                .param("worker", claim.worker.value())
                .param("county", claim.householdCounty)
                .param("employer", claim.employer == null ? null : claim.employer.value())
                .param("basisKind", claim.basisKind.name())
                .param("basisId", claim.basisId)
                .param("basisDay", claim.basisDay)
                .param("payeeName", claim.payeeName())
                .param("bankName", claim.bankName())
                .param("bankAccount", claim.bankAccount())
                .param("amount", claim.amount.fen())
                .param("judgement", claim.judgement)
                .param("status", claim.status().name())
                .param("onceScope", claim.onceScope)
                .param("createdBy", claim.createdBy)
                .param("createdRole", claim.createdRole)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Writes what a step may change. */
    void save(Claim claim, Instant at) {
        jdbc.sql("""
                        update subsidy_application
                           set status = :status, payee_name = :payeeName, bank_name = :bankName,
                               bank_account = :bankAccount, reviewed_by = :reviewedBy, reviewed_at = :reviewedAt,
                               approved_by = :approvedBy, approved_at = :approvedAt,
                               notice_from = :noticeFrom, notice_until = :noticeUntil, changed_at = :at
                         where id = :id
                        """)
                .param("id", claim.id.value())
                .param("status", claim.status().name())
                .param("payeeName", claim.payeeName())
                .param("bankName", claim.bankName())
                .param("bankAccount", claim.bankAccount())
                .param("reviewedBy", claim.reviewedBy())
                .param("reviewedAt", timestamp(claim.reviewedAt()))
                .param("approvedBy", claim.approvedBy())
                .param("approvedAt", timestamp(claim.approvedAt()))
                .param("noticeFrom", claim.noticeFrom())
                .param("noticeUntil", claim.noticeUntil())
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<Claim> find(ApplicationId id) {
        return jdbc.sql(SELECT + " where a.id = :id")
                .param("id", id.value())
                .query(ClaimRows::claim)
                .optional();
    }

    /** The claim, locked until the transaction ends: two steps on one claim take turns. */
    Optional<Claim> lock(ApplicationId id) {
        return jdbc.sql(SELECT + " where a.id = :id for update of a")
                .param("id", id.value())
                .query(ClaimRows::claim)
                .optional();
    }

    void step(ApplicationId id, String action, String actor, String role, String note, Instant at) {
        jdbc.sql("""
                        insert into subsidy_application_step (application_id, action, actor, actor_role, note, at)
                        values (:id, :action, :actor, :role, :note, :at)
                        """)
                .param("id", id.value())
                .param("action", action)
                .param("actor", actor)
                .param("role", role)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<ApplicationStep> steps(ApplicationId id) {
        return jdbc.sql("""
                        select action, actor, actor_role, note, at from subsidy_application_step
                         where application_id = :id order by id
                        """)
                .param("id", id.value())
                .query((row, number) -> new ApplicationStep(
                        row.getString("action"),
                        row.getString("actor"),
                        row.getString("actor_role"),
                        row.getString("note"),
                        row.getTimestamp("at").toInstant()))
                .list();
    }

    void insertObjection(UUID objection, ApplicationId id, String reason, String by, Instant at) {
        jdbc.sql("""
                        insert into subsidy_objection (id, application_id, reason, raised_by, raised_at, status)
                        values (:id, :application, :reason, :by, :at, 'OPEN')
                        """)
                .param("id", objection)
                .param("application", id.value())
                .param("reason", reason)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<String> objectionStatus(ApplicationId id, UUID objection) {
        return jdbc.sql("select status from subsidy_objection where id = :id and application_id = :application")
                .param("id", objection)
                .param("application", id.value())
                .query(String.class)
                .optional();
    }

    void resolveObjection(UUID objection, boolean upheld, String by, String note, Instant at) {
        jdbc.sql("""
                        update subsidy_objection
                           set status = :status, resolved_by = :by, resolved_at = :at, resolution = :note
                         where id = :id and status = 'OPEN'
                        """)
                .param("id", objection)
                .param("status", upheld ? "UPHELD" : "DISMISSED")
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("note", note)
                .update();
    }

    int openObjections(ApplicationId id) {
        return jdbc.sql("select count(*) from subsidy_objection where application_id = :id and status = 'OPEN'")
                .param("id", id.value())
                .query(Integer.class)
                .single();
    }

    List<ObjectionView> objections(ApplicationId id) {
        return jdbc.sql("select * from subsidy_objection where application_id = :id order by raised_at, id")
                .param("id", id.value())
                .query((row, number) -> new ObjectionView(
                        row.getObject("id", UUID.class),
                        row.getString("reason"),
                        row.getString("raised_by"),
                        row.getTimestamp("raised_at").toInstant(),
                        row.getString("status"),
                        row.getString("resolved_by"),
                        instant(row.getTimestamp("resolved_at")),
                        row.getString("resolution")))
                .list();
    }

    void insertStages(ApplicationId id, List<StageAmount> stages) {
        int stageNo = 1;
        for (StageAmount stage : stages) {
            jdbc.sql("""
                            insert into subsidy_stage (application_id, stage_no, payable_from, amount_fen, status)
                            values (:id, :stageNo, :from, :amount, 'PENDING')
                            """)
                    .param("id", id.value())
                    .param("stageNo", stageNo++)
                    .param("from", stage.payableFrom())
                    .param("amount", stage.amount().fen())
                    .update();
        }
    }

    /** Stages of a claim whose notice was interrupted: none can be in a batch, since none was payable. */
    void deleteStages(ApplicationId id) {
        jdbc.sql("delete from subsidy_stage where application_id = :id and status = 'PENDING'")
                .param("id", id.value())
                .update();
    }

    List<StageView> stages(ApplicationId id) {
        return jdbc.sql("select * from subsidy_stage where application_id = :id order by stage_no")
                .param("id", id.value())
                .query((row, number) -> new StageView(
                        row.getInt("stage_no"),
                        row.getObject("payable_from", LocalDate.class),
                        Money.ofFen(row.getLong("amount_fen")),
                        row.getString("status"),
                        row.getObject("paid_on", LocalDate.class)))
                .list();
    }

    List<DocumentView> documents(ApplicationId id) {
        return jdbc.sql("select * from subsidy_document where application_id = :id order by uploaded_at, id")
                .param("id", id.value())
                .query((row, number) -> new DocumentView(
                        row.getObject("id", UUID.class),
                        row.getString("document_type"),
                        row.getString("file_name"),
                        row.getString("content_type"),
                        row.getLong("size_bytes"),
                        row.getString("uploaded_by"),
                        row.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /**
     * Whether the bank sent back a stage of the claim unpaid and nothing has been sent since: one
     * of its stages has lines, every one of them FAILED (so the latest too), and none live.
     */
    boolean awaitsRepairAfterFailedPayment(ApplicationId id) {
        return jdbc.sql("""
                        select exists (
                            select 1 from subsidy_stage s
                             where s.application_id = :id
                               and exists (select 1 from subsidy_payment_line l
                                            where l.application_id = s.application_id and l.stage_no = s.stage_no
                                              and l.status = 'FAILED')
                               and not exists (select 1 from subsidy_payment_line l
                                                where l.application_id = s.application_id
                                                  and l.stage_no = s.stage_no and l.status <> 'FAILED'))
                        """).param("id", id.value()).query(Boolean.class).single();
    }

    /** The budget of the policy's latest version. */
    Money budget(PolicyId policy) {
        return Money.ofFen(
                jdbc.sql("""
                        select budget_fen from subsidy_policy_version where policy_id = :policy
                         order by version desc limit 1
                        """).param("policy", policy.value()).query(Long.class).single());
    }

    /** Approved or paid claims of every version of the policy, and what of them the bank has paid. */
    Spent spent(PolicyId policy) {
        return jdbc.sql("""
                        select coalesce(sum(a.amount_fen), 0) as approved,
                               coalesce((select sum(s.amount_fen) from subsidy_stage s
                                          join subsidy_application b on b.id = s.application_id
                                         where b.policy_id = :policy and s.status = 'PAID'), 0) as paid
                          from subsidy_application a
                         where a.policy_id = :policy and a.status in ('APPROVED', 'PAID')
                        """)
                .param("policy", policy.value())
                .query((row, number) -> {
                    Money paid = Money.ofFen(row.getLong("paid"));
                    Money approved = Money.ofFen(row.getLong("approved"));
                    return new Spent(approved.subtract(paid), paid);
                })
                .single();
    }

    record Spent(Money committed, Money paid) {}

    /** The travellers whose shares the trip's arrival stored. */
    List<WorkerId> travellers(UUID trip) {
        return jdbc.sql("select worker_id from subsidy_trip_share where trip_id = :trip order by worker_id")
                .param("trip", trip)
                .query((row, number) -> new WorkerId(row.getObject("worker_id", UUID.class)))
                .list();
    }

    /** A page of claims within the caller's scope, newest first. */
    Page search(ApplicationQuery query, Caller caller) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        scope(caller, where, params);
        if (query.status() != null) {
            where.add("a.status = :status");
            params.put("status", query.status().name());
        }
        if (query.policyCode() != null && !query.policyCode().isBlank()) {
            where.add("p.code = :code");
            params.put("code", query.policyCode().strip());
        }
        if (query.region() != null && !query.region().isBlank()) {
            where.add("a.household_county like :region");
            params.put("region", RegionCode.coveringPrefix(query.region().replaceAll("[^0-9]", "")) + "%");
        }
        if (query.employer() != null) {
            where.add("a.employer_id = :employer");
            params.put("employer", query.employer().value());
        }
        if (query.worker() != null) {
            where.add("a.worker_id = :worker");
            params.put("worker", query.worker().value());
        }
        if (query.number() != null && !query.number().isBlank()) {
            where.add("a.number ilike :number");
            params.put("number", "%" + escapeLike(query.number().strip()) + "%");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        int size = Math.max(1, query.size());
        int page = Math.max(0, query.page());
        long total = jdbc.sql("select count(*) from subsidy_application a join subsidy_policy p on p.id = a.policy_id"
                        + filter)
                .params(params)
                .query(Long.class)
                .single();
        List<Claim> items = jdbc.sql(
                        SELECT + filter + " order by a.created_at desc, a.number desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(ClaimRows::claim)
                .list();
        return new Page(items, total, page, size);
    }

    record Page(List<Claim> items, long total, int page, int size) {}

    /** Claims per status within the caller's scope. */
    Map<ApplicationStatus, Long> countByStatus(Caller caller) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        scope(caller, where, params);
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Map<ApplicationStatus, Long> counts = new LinkedHashMap<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select a.status, count(*) as n from subsidy_application a" + filter + " group by a.status")
                .params(params)
                .query((row, number) ->
                        counts.put(ApplicationStatus.valueOf(row.getString("status")), row.getLong("n")))
                .list();
        return counts;
    }

    private static void scope(Caller caller, List<String> where, Map<String, Object> params) {
        switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> {}
            case PARTNER -> {
                List<String> any = new ArrayList<>();
                for (int i = 0; i < caller.regionCodes().size(); i++) {
                    any.add("a.household_county like :scope" + i);
                    params.put(
                            "scope" + i,
                            RegionCode.coveringPrefix(caller.regionCodes().get(i)) + "%");
                }
                where.add(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")");
            }
            case EMPLOYER -> {
                where.add("a.payee_kind = 'EMPLOYER' and a.employer_id = :scopeEmployer");
                params.put("scopeEmployer", caller.employerId() == null ? new UUID(0, 0) : caller.employerId());
            }
            case WORKER -> {
                where.add("a.worker_id = :scopeWorker");
                params.put("scopeWorker", caller.workerId() == null ? new UUID(0, 0) : caller.workerId());
            }
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Claim claim(ResultSet row, int number) throws SQLException {
        UUID employer = row.getObject("employer_id", UUID.class);
        return new Claim(
                        new ApplicationId(row.getObject("id", UUID.class)),
                        row.getString("number"),
                        new PolicyVersion(
                                new PolicyId(row.getObject("policy_id", UUID.class)), row.getInt("policy_version")),
                        row.getString("policy_code"),
                        row.getString("policy_name"),
                        PolicyKind.valueOf(row.getString("kind")),
                        Payee.valueOf(row.getString("payee_kind")),
                        new WorkerId(row.getObject("worker_id", UUID.class)),
                        row.getString("household_county"),
                        employer == null ? null : new EmployerId(employer),
                        BasisKind.valueOf(row.getString("basis_kind")),
                        row.getObject("basis_id", UUID.class),
                        row.getObject("basis_day", LocalDate.class),
                        Money.ofFen(row.getLong("amount_fen")),
                        row.getString("judgement"),
                        row.getString("once_scope"),
                        row.getString("created_by"),
                        row.getString("created_role"),
                        row.getTimestamp("created_at").toInstant(),
                        ApplicationStatus.valueOf(row.getString("status")))
                .restored(
                        row.getString("payee_name"),
                        row.getString("bank_name"),
                        row.getString("bank_account"),
                        row.getString("reviewed_by"),
                        instant(row.getTimestamp("reviewed_at")),
                        row.getString("approved_by"),
                        instant(row.getTimestamp("approved_at")),
                        row.getObject("notice_from", LocalDate.class),
                        row.getObject("notice_until", LocalDate.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
