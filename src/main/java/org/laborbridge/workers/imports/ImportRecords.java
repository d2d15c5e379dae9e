package org.laborbridge.workers.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.shared.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code worker_import} rows. The start and the progress are written in transactions of
 * their own, so that a progress bar polling from another request sees them while the import's
 * own transaction is still open; the outcome is written inside the import's transaction, so it
 * is committed together with the workers it describes.
 */
@Repository
class ImportRecords {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final JsonMapper json;

    ImportRecords(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    /** False when the id is taken. */
    boolean start(UUID id, String fileName, String sha256, ImportMode mode, String startedBy) {
        Integer inserted = separately.execute(status -> jdbc.sql("""
                        insert into worker_import (id, file_name, file_sha256, mode, status, started_by)
                        values (:id, :fileName, :sha256, :mode, 'RUNNING', :startedBy)
                        on conflict (id) do nothing
                        """)
                .param("id", id)
                .param("fileName", fileName)
                .param("sha256", sha256)
                .param("mode", mode.name())
                .param("startedBy", startedBy)
                .update());
        return inserted != null && inserted == 1;
    }

    void progress(UUID id, int rowsRead) {
        separately.executeWithoutResult(
                status -> jdbc.sql("update worker_import set total = :rows where id = :id and status = 'RUNNING'")
                        .param("rows", rowsRead)
                        .param("id", id)
                        .update());
    }

    /** Written in the caller's transaction. */
    void finish(UUID id, ImportOutcome outcome) {
        write(id, ImportStatus.DONE, outcome);
    }

    /** Written on its own, because the import's transaction has been rolled back. */
    void fail(UUID id, ImportOutcome outcome) {
        separately.executeWithoutResult(status -> write(id, ImportStatus.FAILED, outcome));
    }

    /**
     * Held by the import's own transaction until it commits or rolls back, also when the process
     * dies: PostgreSQL releases it with the connection. A RUNNING import nobody holds has ended.
     */
    void holdWhileRunning(UUID id) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(cast(:id as text), 0))")
                .param("id", id)
                .query((row, number) -> 0)
                .single();
    }

    /**
     * An import whose process was killed never writes its outcome; its workers were rolled back with
     * it, so it is marked failed when it is next looked at. The minute of grace covers the moment
     * between recording the start and taking the lock.
     */
    private void failIfAbandoned(UUID id) {
        separately.executeWithoutResult(status -> jdbc.sql("""
                        update worker_import set status = 'FAILED', finished_at = now()
                        where id = :id and status = 'RUNNING' and started_at < now() - interval '1 minute'
                          and pg_try_advisory_xact_lock(hashtextextended(cast(:id as text), 0))
                        """).param("id", id).update());
    }

    Optional<ImportRecord> find(UUID id) {
        failIfAbandoned(id);
        return jdbc.sql("select * from worker_import where id = :id")
                .param("id", id)
                .query((row, number) -> new ImportRecord(
                        row.getObject("id", UUID.class),
                        row.getString("file_name"),
                        ImportMode.valueOf(row.getString("mode")),
                        ImportStatus.valueOf(row.getString("status")),
                        row.getInt("total"),
                        row.getInt("accepted"),
                        row.getInt("rejected"),
                        row.getInt("skipped"),
                        violations(row.getString("errors")),
                        row.getInt("errors_omitted"),
                        row.getString("started_by")))
                .optional();
    }

    private void write(UUID id, ImportStatus status, ImportOutcome outcome) {
        jdbc.sql("""
                        update worker_import
                        set status = :status, total = :total, accepted = :accepted, rejected = :rejected,
                            skipped = :skipped, errors = cast(:errors as jsonb), errors_omitted = :omitted,
                            finished_at = now()
                        where id = :id
                        """)
                .param("status", status.name())
                .param("total", outcome.total())
                .param("accepted", outcome.accepted())
                .param("rejected", outcome.rejected())
                .param("skipped", outcome.skipped())
                .param(
                        "errors",
                        json.writeValueAsString(outcome.errors().stream()
                                .map(ImportRecords::stored)
                                .toList()))
                .param("omitted", outcome.errorsOmitted())
                .param("id", id)
                .update();
    }

    /** Message keys and arguments, not messages: the report is read later, in the reader's language. */
    private static Map<String, Object> stored(Violation violation) {
        return Map.of(
                "row", violation.row() == null ? 0 : violation.row(),
                "field", violation.field(),
                "code", violation.code(),
                "key", violation.messageKey(),
                "args", violation.arguments().stream().map(String::valueOf).toList());
    }

    private List<Violation> violations(String stored) {
        List<Map<String, Object>> entries = json.readValue(stored, new TypeReference<>() {});
        return entries.stream()
                .map(entry -> new Violation(
                        ((Number) entry.get("row")).intValue() == 0 ? null : ((Number) entry.get("row")).intValue(),
                        (String) entry.get("field"),
                        (String) entry.get("code"),
                        (String) entry.get("key"),
                        List.copyOf((List<?>) entry.get("args"))))
                .toList();
    }
}
