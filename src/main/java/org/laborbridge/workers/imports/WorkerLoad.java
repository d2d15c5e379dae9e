package org.laborbridge.workers.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerProfile;
import org.laborbridge.workers.search.SearchKeys;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads workers at COPY speed: rows stream into a temporary staging table, then one
 * {@code INSERT ... SELECT} moves them into {@code worker}, skipping resident IDs already
 * registered (also by a concurrent import), and writes one timeline entry per worker added.
 * Everything happens on the caller's connection and inside the caller's transaction, so a load
 * interrupted at any point leaves nothing behind. The staging table disappears at commit.
 */
public final class WorkerLoad implements AutoCloseable {

    private static final String STAGING_COLUMNS = "row_no, id, resident_id, name, sex, birth_date, household_county,"
            + " phone, registered_poor, poor_household_no, labor_capacity, willing_to_migrate, education, skills,"
            + " wanted_jobs, situation, notes, name_simplified, name_pinyin, name_pinyin_surname, name_initials,"
            + " name_initials_surname, resident_id_reversed, phone_reversed";

    private static final String WORKER_COLUMNS = STAGING_COLUMNS.substring("row_no, ".length());

    private final Connection connection;
    private final PGCopyOutputStream copy;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private int staged;
    private boolean copying = true;

    private WorkerLoad(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            // Same column types as the registry, but none of its constraints or indexes: staging only collects.
            statement.execute("create temporary table worker_load_staging on commit drop as select 0 as row_no, "
                    + WORKER_COLUMNS + " from worker with no data");
        }
        this.copy = new PGCopyOutputStream(
                connection.unwrap(PGConnection.class),
                "copy worker_load_staging (" + STAGING_COLUMNS + ") from stdin",
                1 << 16);
        this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Gives up a load that is still copying, which a failure halfway leaves behind: the connection
     * refuses everything, even the rollback, until the COPY is cancelled.
     */
    @Override
    public void close() {
        if (copying && copy.isActive()) {
            copying = false;
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not cancel loading workers", e);
            }
        }
    }

    /** Starts a load on a connection that is inside a transaction. */
    public static WorkerLoad begin(Connection connection) {
        try {
            return new WorkerLoad(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start loading workers", e);
        }
    }

    public void add(int rowNumber, WorkerId id, WorkerProfile worker, SearchKeys keys) {
        line.setLength(0);
        line.append(rowNumber).append('\t').append(id.value()).append('\t');
        field(worker.residentId().value());
        field(worker.name());
        field(worker.residentId().sex().name());
        field(worker.residentId().birthDate().toString());
        field(worker.householdCounty().value());
        field(worker.phone() == null ? null : worker.phone().value());
        field(worker.registeredPoor() ? "t" : "f");
        field(worker.poorHouseholdNo());
        field(worker.laborCapacity().name());
        field(worker.willingToMigrate() ? "t" : "f");
        field(worker.education() == null ? null : worker.education().name());
        field(array(worker.skills()));
        field(array(worker.wantedJobs()));
        field(worker.situation().name());
        field(worker.notes());
        field(keys.nameSimplified());
        field(keys.namePinyin());
        field(keys.namePinyinSurname());
        field(keys.nameInitials());
        field(keys.nameInitialsSurname());
        field(keys.residentIdReversed());
        escaped(keys.phoneReversed());
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        staged++;
    }

    public int staged() {
        return staged;
    }

    /** Staged rows whose resident ID is registered already: how many, and the first {@code limit} row numbers. */
    public Registered alreadyRegistered(int limit) {
        finishCopy();
        List<Integer> rows = new ArrayList<>();
        int count = 0;
        try (PreparedStatement query = connection.prepareStatement("select row_no, count(*) over () from"
                + " worker_load_staging s where exists (select 1 from worker w where w.resident_id = s.resident_id)"
                + " order by row_no limit ?")) {
            query.setInt(1, Math.max(limit, 1));
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    count = result.getInt(2);
                    if (rows.size() < limit) {
                        rows.add(result.getInt(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compare the staged workers with the registry", e);
        }
        return new Registered(rows, count);
    }

    /** Rows of a load that the registry has already. */
    public record Registered(List<Integer> firstRows, int count) {}

    /**
     * Moves the staged workers into the registry; returns how many were added (the rest were
     * registered already). The workers' timelines start from their rows' {@code import_id}.
     */
    public int addToRegistry(String actor, UUID importId) {
        finishCopy();
        // Sorted by resident ID so the unique index is written in order rather than at random.
        String sql = "insert into worker (" + WORKER_COLUMNS + ", import_id, created_by)"
                + " select " + WORKER_COLUMNS + ", ?, ? from worker_load_staging order by resident_id"
                + " on conflict (resident_id) do nothing";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, importId);
            insert.setString(2, actor);
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the staged workers to the registry", e);
        }
    }

    private void finishCopy() {
        if (!copying) {
            return;
        }
        copying = false;
        try {
            out.flush();
            copy.endCopy();
            try (Statement statement = connection.createStatement()) {
                // Temporary tables are never analysed automatically; without statistics the join plans are guesses.
                statement.execute("analyze worker_load_staging");
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not stage the workers", e);
        }
    }

    private void field(String value) {
        escaped(value);
        line.append('\t');
    }

    /** COPY's text format: backslash escapes for the delimiter, line breaks and the backslash itself; \N is null. */
    private void escaped(String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    /** A text[] literal; elements are quoted so that commas or braces in them stay inside. */
    private static String array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"')
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return literal.append('}').toString();
    }
}
