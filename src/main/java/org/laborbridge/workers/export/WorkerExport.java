package org.laborbridge.workers.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.sql.DataSource;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.search.WorkerFilter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A filtered worker list written out as CSV or XLSX, every page of it, row by row from a
 * database cursor. Numbers are masked unless ADMIN or CASEWORKER ask for them in full; every
 * export is written to the audit log with its filters and row count. Used by the API and pages.
 */
@Service
public class WorkerExport {

    static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final MessageSource messages;
    private final AuditLog audit;

    WorkerExport(
            DataSource dataSource, PlatformTransactionManager transactions, MessageSource messages, AuditLog audit) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // PostgreSQL only streams with a fetch size inside a transaction; otherwise it reads everything at once.
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.messages = messages;
        this.audit = audit;
    }

    /** Throws before anything is written when the caller may not export this. */
    public void checkAllowed(boolean full) {
        Caller caller = Callers.current();
        if (caller.is(Role.EMPLOYER) || caller.is(Role.WORKER)) {
            throw new AccessDeniedException("May not export workers");
        }
        if (full && !(caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER))) {
            throw new AccessDeniedException("May not export full numbers");
        }
    }

    /**
     * Checks the query, then writes every matching worker in the query's order; returns the
     * number of workers written. The query's page and size are ignored.
     */
    public long write(WorkerQuery query, ExportFormat format, boolean full, Locale locale, OutputStream out) {
        checkAllowed(full);
        WorkerFilter filter = WorkerFilter.of(query.withPage(0, 1), Callers.current());
        ExportColumns columns = new ExportColumns(messages, locale, full);
        long[] written = {0};
        // Audited even when the download breaks off: whatever was streamed has left the building.
        try (SheetWriter sheet = format.open(out, messages.getMessage("workers.export.sheet", null, locale))) {
            sheet.row(columns.headers());
            readOnly.executeWithoutResult(status -> jdbc.query(
                    "select " + ExportColumns.SQL_COLUMNS + " from worker where " + filter.where() + " order by "
                            + filter.orderBy(),
                    filter.parameters(),
                    row -> {
                        try {
                            sheet.row(columns.values(row));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        written[0]++;
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            audit.record(AuditLog.EXPORT, "worker", null, detail(query, format, full, written[0]));
        }
        return written[0];
    }

    private static String detail(WorkerQuery query, ExportFormat format, boolean full, long rows) {
        return "format=" + format.extension() + " full=" + full + " rows=" + rows + " q=" + nullToEmpty(query.q())
                + " regions=" + query.regions() + " registeredPoor=" + query.registeredPoor() + " situation="
                + query.situation() + " willingToMigrate=" + query.willingToMigrate() + " sort=" + query.sort()
                + (query.descending() ? " desc" : "");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
