package org.laborbridge.subsidies.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.subsidies.PaymentBatches.StageRef;
import org.laborbridge.subsidies.payments.PayableRule.StageState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of stages, batches and lines, read and written in the statements payments need. */
@Repository
class PaymentRows {

    private final JdbcClient jdbc;

    PaymentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stage with its claim, as the payable rule and a new line need them. */
    record StageRow(
            UUID application,
            String number,
            int stageNo,
            String policyCode,
            String kind,
            UUID worker,
            String householdCounty,
            String payeeName,
            String bankName,
            String bankAccount,
            long amountFen,
            LocalDate payableFrom,
            StageState state) {

        StageRef ref() {
            return new StageRef(new org.laborbridge.subsidies.ApplicationId(application), stageNo);
        }
    }

    record BatchRow(
            UUID id,
            String number,
            String status,
            String createdBy,
            Instant createdAt,
            Instant exportedAt,
            Instant settledAt,
            int lineCount,
            long totalFen) {}

    record LineRow(
            UUID id,
            int lineNo,
            UUID application,
            String applicationNumber,
            int stageNo,
            String policyCode,
            String kind,
            UUID worker,
            String householdCounty,
            String payeeName,
            String bankName,
            String bankAccount,
            long amountFen,
            String status,
            String failureReason,
            String settledBy,
            Instant settledAt) {}

    private static final String STAGES = """
            select s.application_id, s.stage_no, s.status as stage_status, s.payable_from, s.amount_fen,
                   a.number, a.status as claim_status, a.notice_until, a.kind, a.worker_id, a.household_county,
                   a.payee_name, a.bank_name, a.bank_account, p.code as policy_code,
                   (select count(*) from subsidy_objection o
                     where o.application_id = a.id and o.status = 'OPEN') as open_objections,
                   coalesce((select prev.status = 'PAID' from subsidy_stage prev
                              where prev.application_id = s.application_id and prev.stage_no = s.stage_no - 1),
                            true) as previous_paid
              from subsidy_stage s
              join subsidy_application a on a.id = s.application_id
              join subsidy_policy p on p.id = a.policy_id
            """;

    /** Stages that may be payable on {@code today}: the rule still decides each. */
    List<StageRow> candidates(String policyCode, LocalDate today, int limit) {
        return jdbc.sql(STAGES + """
                         where s.status = 'PENDING' and a.status = 'APPROVED' and a.notice_until < :today
                           and s.payable_from <= :today and (cast(:code as text) is null or p.code = :code)
                         order by s.payable_from, a.number, s.stage_no
                         limit :limit
                        """)
                .param("today", today)
                .param("code", policyCode)
                .param("limit", limit)
                .query(PaymentRows::stage)
                .list();
    }

    /**
     * Locks the stages in one order (so two batches never wait on each other crosswise) and reads
     * them as they are once the lock is held.
     */
    List<StageRow> lockStages(List<StageRef> refs) {
        UUID[] applications =
                refs.stream().map(ref -> ref.application().value()).toArray(UUID[]::new);
        Integer[] stageNos = refs.stream().map(StageRef::stageNo).toArray(Integer[]::new);
        jdbc.sql("""
                        select 1 from subsidy_stage
                         where (application_id, stage_no) in (select * from unnest(:applications, :stageNos))
                         order by application_id, stage_no
                           for update
                        """)
                .param("applications", applications)
                .param("stageNos", stageNos)
                .query()
                .listOfRows();
        return jdbc.sql(STAGES + """
                         where (s.application_id, s.stage_no) in (select * from unnest(:applications, :stageNos))
                        """)
                .param("applications", applications)
                .param("stageNos", stageNos)
                .query(PaymentRows::stage)
                .list();
    }

    String nextBatchNumber(int year) {
        long next = jdbc.sql("select nextval('subsidy_payment_batch_number')")
                .query(Long.class)
                .single();
        return String.format("ZF-%d-%04d", year, next);
    }

    void insertBatch(UUID id, String number, String createdBy, Instant at, int lineCount, long totalFen) {
        jdbc.sql("""
                        insert into subsidy_payment_batch (id, number, created_by, created_at, line_count, total_fen, status)
                        values (:id, :number, :createdBy, :at, :lineCount, :totalFen, 'OPEN')
                        """)
                .param("id", id)
                .param("number", number)
                .param("createdBy", createdBy)
                .param("at", timestamp(at))
                .param("lineCount", lineCount)
                .param("totalFen", totalFen)
                .update();
    }

    void insertLine(UUID id, UUID batch, int lineNo, StageRow stage) {
        jdbc.sql("""
                        insert into subsidy_payment_line (id, batch_id, line_no, application_id, stage_no, household_county,
                                                          payee_name, bank_name, bank_account, amount_fen, status)
                        values (:id, :batch, :lineNo, :application, :stageNo, :county,
                                :payeeName, :bankName, :bankAccount, :amountFen, 'PENDING')
                        """)
                .param("id", id)
                .param("batch", batch)
                .param("lineNo", lineNo)
                .param("application", stage.application())
                .param("stageNo", stage.stageNo())
                .param("county", stage.householdCounty())
                .param("payeeName", stage.payeeName())
                .param("bankName", stage.bankName())
                .param("bankAccount", stage.bankAccount())
                .param("amountFen", stage.amountFen())
                .update();
    }

    void stageStatus(UUID application, int stageNo, String status, LocalDate paidOn) {
        jdbc.sql(
                        "update subsidy_stage set status = :status, paid_on = :paidOn where application_id = :a and stage_no = :n")
                .param("status", status)
                .param("paidOn", paidOn)
                .param("a", application)
                .param("n", stageNo)
                .update();
    }

    void step(UUID application, String action, String actor, String role, String note, Instant at) {
        jdbc.sql("""
                        insert into subsidy_application_step (application_id, action, actor, actor_role, note, at)
                        values (:application, :action, :actor, :role, :note, :at)
                        """)
                .param("application", application)
                .param("action", action)
                .param("actor", actor)
                .param("role", role)
                .param("note", note)
                .param("at", timestamp(at))
                .update();
    }

    /** Marks the claim PAID when every one of its stages is; says whether it did. */
    boolean claimPaidIfAllStagesAre(UUID application, Instant at) {
        return jdbc.sql("""
                        update subsidy_application set status = 'PAID', changed_at = :at
                         where id = :id and status = 'APPROVED'
                           and not exists (select 1 from subsidy_stage
                                            where application_id = :id and status <> 'PAID')
                        """).param("id", application).param("at", timestamp(at)).update() == 1;
    }

    Optional<BatchRow> lockBatch(UUID id) {
        return jdbc.sql("select * from subsidy_payment_batch where id = :id for update")
                .param("id", id)
                .query(PaymentRows::batch)
                .optional();
    }

    Optional<BatchRow> batch(UUID id) {
        return jdbc.sql("select * from subsidy_payment_batch where id = :id")
                .param("id", id)
                .query(PaymentRows::batch)
                .optional();
    }

    List<BatchRow> batches(int page, int size) {
        return jdbc.sql(
                        "select * from subsidy_payment_batch order by created_at desc, number desc limit :size offset :offset")
                .param("size", size)
                .param("offset", (long) page * size)
                .query(PaymentRows::batch)
                .list();
    }

    /** Paid and failed sums of each listed batch. */
    record Settled(long paidFen, long failedFen) {}

    Settled settled(UUID batch) {
        return jdbc.sql("""
                        select coalesce(sum(amount_fen) filter (where status = 'PAID'), 0) as paid_fen,
                               coalesce(sum(amount_fen) filter (where status = 'FAILED'), 0) as failed_fen
                          from subsidy_payment_line where batch_id = :batch
                        """).param("batch", batch).query(Settled.class).single();
    }

    List<LineRow> lines(UUID batch) {
        return jdbc.sql("""
                        select l.*, a.number as application_number, a.kind, a.worker_id, p.code as policy_code
                          from subsidy_payment_line l
                          join subsidy_application a on a.id = l.application_id
                          join subsidy_policy p on p.id = a.policy_id
                         where l.batch_id = :batch
                         order by l.line_no
                        """).param("batch", batch).query(PaymentRows::line).list();
    }

    void settleLine(UUID line, String status, String reason, String by, Instant at) {
        jdbc.sql("""
                        update subsidy_payment_line
                           set status = :status, failure_reason = :reason, settled_by = :by, settled_at = :at
                         where id = :id
                        """)
                .param("status", status)
                .param("reason", reason)
                .param("by", by)
                .param("at", timestamp(at))
                .param("id", line)
                .update();
    }

    /** SETTLED once no line waits for the bank any more. */
    boolean settleBatchIfDone(UUID batch, Instant at) {
        return jdbc.sql("""
                        update subsidy_payment_batch set status = 'SETTLED', settled_at = :at
                         where id = :id and status = 'OPEN'
                           and not exists (select 1 from subsidy_payment_line where batch_id = :id and status = 'PENDING')
                        """).param("id", batch).param("at", timestamp(at)).update() == 1;
    }

    void exported(UUID batch, Instant at) {
        jdbc.sql("update subsidy_payment_batch set exported_at = coalesce(exported_at, :at) where id = :id")
                .param("id", batch)
                .param("at", timestamp(at))
                .update();
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(java.time.ZoneOffset.UTC);
    }

    private static StageRow stage(ResultSet row, int rowNumber) throws SQLException {
        String account = row.getString("bank_account");
        int stageNo = row.getInt("stage_no");
        LocalDate payableFrom = row.getObject("payable_from", LocalDate.class);
        return new StageRow(
                row.getObject("application_id", UUID.class),
                row.getString("number"),
                stageNo,
                row.getString("policy_code"),
                row.getString("kind"),
                row.getObject("worker_id", UUID.class),
                row.getString("household_county"),
                row.getString("payee_name"),
                row.getString("bank_name"),
                account,
                row.getLong("amount_fen"),
                payableFrom,
                new StageState(
                        row.getString("claim_status"),
                        row.getObject("notice_until", LocalDate.class),
                        row.getInt("open_objections"),
                        stageNo,
                        row.getString("stage_status"),
                        payableFrom,
                        row.getBoolean("previous_paid"),
                        account != null && !account.isBlank()));
    }

    private static BatchRow batch(ResultSet row, int rowNumber) throws SQLException {
        return new BatchRow(
                row.getObject("id", UUID.class),
                row.getString("number"),
                row.getString("status"),
                row.getString("created_by"),
                instant(row, "created_at"),
                instant(row, "exported_at"),
                instant(row, "settled_at"),
                row.getInt("line_count"),
                row.getLong("total_fen"));
    }

    private static LineRow line(ResultSet row, int rowNumber) throws SQLException {
        return new LineRow(
                row.getObject("id", UUID.class),
                row.getInt("line_no"),
                row.getObject("application_id", UUID.class),
                row.getString("application_number"),
                row.getInt("stage_no"),
                row.getString("policy_code"),
                row.getString("kind"),
                row.getObject("worker_id", UUID.class),
                row.getString("household_county"),
                row.getString("payee_name"),
                row.getString("bank_name"),
                row.getString("bank_account"),
                row.getLong("amount_fen"),
                row.getString("status"),
                row.getString("failure_reason"),
                row.getString("settled_by"),
                instant(row, "settled_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
