package org.laborbridge.workers.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerProfile;
import org.laborbridge.workers.WorkersImported;
import org.laborbridge.workers.search.SearchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a partner region's roster: every row checked as the form checks it, plus duplicates
 * inside the file, resident IDs registered already (skipped, so importing a file twice adds
 * nothing) and the importing partner's regions. The good rows are loaded by COPY in one
 * transaction together with the import's outcome, so an import that dies halfway leaves
 * nothing; what is running can be watched through {@link #find(UUID)}.
 */
@Service
class WorkerImports {

    private static final Set<Role> IMPORTERS = Set.of(Role.ADMIN, Role.CASEWORKER, Role.PARTNER);
    private static final int PROGRESS_EVERY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(WorkerImports.class);

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ImportRecords records;
    private final RosterVocabulary vocabulary;
    private final long maxUncompressedBytes;
    private final ApplicationEventPublisher events;

    /** Runs after the load and before the commit; tests use it to fail an import at its most delicate moment. */
    Runnable beforeCommit = () -> {};

    WorkerImports(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            ImportRecords records,
            RosterVocabulary vocabulary,
            @Value("${laborbridge.imports.max-uncompressed-bytes:1073741824}") long maxUncompressedBytes,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.records = records;
        this.vocabulary = vocabulary;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.events = events;
    }

    static boolean mayImport(Caller caller) {
        return IMPORTERS.contains(caller.role());
    }

    /** Imports {@code file}; {@code requestedId} lets a page watch the progress of the import it is about to send. */
    ImportRecord run(Path file, String fileName, ImportMode mode, UUID requestedId) {
        Caller caller = Callers.current();
        if (!mayImport(caller)) {
            throw new AccessDeniedException("Only bureau staff and partners import workers");
        }
        UUID id = requestedId == null ? UUID.randomUUID() : requestedId;
        if (!records.start(id, fileName == null ? "" : fileName, sha256(file), mode, caller.username())) {
            throw new InvalidInputException(Violation.of("importId", "TAKEN", "workerImport.importId.TAKEN"));
        }
        long started = System.nanoTime();
        ImportOutcome outcome;
        try {
            Table table = TableFormat.open(file, maxUncompressedBytes);
            outcome = transaction.execute(status -> load(id, table, mode, caller));
        } catch (InvalidInputException refused) {
            records.fail(id, ImportOutcome.refused(refused.violations()));
            throw refused;
        } catch (IOException | RuntimeException failure) {
            records.fail(id, ImportOutcome.refused(List.of()));
            throw failure instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failure;
        }
        log.info(
                "Import {} by {} ({}): {} rows, {} added, {} refused, {} registered already, in {} ms",
                id,
                caller.username(),
                mode,
                outcome.total(),
                outcome.accepted(),
                outcome.rejected(),
                outcome.skipped(),
                (System.nanoTime() - started) / 1_000_000);
        return records.find(id).orElseThrow();
    }

    /** The import if the caller may see it: bureau staff see every import, a partner their own. */
    Optional<ImportRecord> find(UUID id) {
        Caller caller = Callers.current();
        if (!mayImport(caller)) {
            return Optional.empty();
        }
        return records.find(id)
                .filter(found ->
                        caller.role().isBureauStaff() || found.startedBy().equals(caller.username()));
    }

    private ImportOutcome load(UUID id, Table table, ImportMode mode, Caller caller) {
        // Before the load starts copying: a connection in COPY takes no other statement.
        records.holdWhileRunning(id);
        try (WorkerLoad load = WorkerLoad.begin(DataSourceUtils.getConnection(dataSource))) {
            return load(id, table, mode, caller, load);
        }
    }

    private ImportOutcome load(UUID id, Table table, ImportMode mode, Caller caller, WorkerLoad load) {
        RowProblems problems = new RowProblems();
        RosterCheck check = new RosterCheck(id, caller, load, problems);
        try {
            table.read(check);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (check.layout == null) {
            throw FileProblem.empty();
        }
        if (check.total == 0) {
            throw FileProblem.noRows();
        }
        WorkerLoad.Registered registered = load.alreadyRegistered(problems.room());
        registered
                .firstRows()
                .forEach(row -> problems.add(
                        Violation.of("residentId", "ALREADY_REGISTERED", "workerImport.row.ALREADY_REGISTERED")
                                .atRow(row)));
        problems.omit(registered.count() - registered.firstRows().size());
        int accepted = 0;
        int skipped = registered.count();
        if (mode == ImportMode.VALID_ROWS || check.rejected == 0) {
            accepted = load.addToRegistry(caller.username(), id);
            skipped = load.staged() - accepted;
        }
        beforeCommit.run();
        ImportOutcome outcome = new ImportOutcome(
                check.total, accepted, check.rejected, skipped, problems.inRowOrder(), problems.omitted());
        records.finish(id, outcome);
        if (accepted > 0) {
            events.publishEvent(new WorkersImported(id, regionOf(caller), accepted, Instant.now()));
        }
        return outcome;
    }

    /** A partner's single region says where the roster came from; anything wider spans regions. */
    private static String regionOf(Caller caller) {
        return caller.regionCodes().size() == 1 ? caller.regionCodes().get(0) : null;
    }

    /** Checks each row as it streams past and stages the good ones. */
    private final class RosterCheck implements RowSink {
        private final UUID id;
        private final Caller caller;
        private final WorkerLoad load;
        private final RowProblems problems;
        private final SeenResidentIds seen = new SeenResidentIds();
        private RosterLayout layout;
        private int total;
        private int rejected;

        RosterCheck(UUID id, Caller caller, WorkerLoad load, RowProblems problems) {
            this.id = id;
            this.caller = caller;
            this.load = load;
            this.problems = problems;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (layout == null) {
                layout = vocabulary.layout(cells);
                return;
            }
            if (++total % PROGRESS_EVERY == 0) {
                records.progress(id, total);
            }
            if (!fits(cells)) {
                refuse(List.of(Violation.of("row", "COLUMNS", "workerImport.row.COLUMNS", cells.size(), layout.width())
                        .atRow(rowNumber)));
                return;
            }
            List<Violation> violations = new ArrayList<>(0);
            WorkerForm form = layout.form(cells, violations);
            WorkerProfile worker = null;
            try {
                worker = WorkerProfile.of(form);
            } catch (InvalidInputException invalid) {
                violations.addAll(invalid.violations());
            }
            if (worker != null && violations.isEmpty()) {
                int earlier = seen.firstSeen(worker.residentId(), rowNumber);
                if (earlier > 0) {
                    violations.add(Violation.of(
                            "residentId", "DUPLICATE_IN_FILE", "workerImport.row.DUPLICATE_IN_FILE", earlier));
                } else if (!caller.coversRegion(worker.householdCounty().value())) {
                    violations.add(Violation.of(
                            "householdRegion",
                            "OUT_OF_SCOPE",
                            "workerImport.row.OUT_OF_SCOPE",
                            worker.householdCounty().value()));
                }
            }
            if (!violations.isEmpty()) {
                refuse(violations.stream().map(v -> v.atRow(rowNumber)).toList());
                return;
            }
            load.add(
                    rowNumber,
                    WorkerId.random(),
                    worker,
                    SearchKeys.of(
                            worker.name(),
                            worker.residentId().value(),
                            worker.phone() == null ? null : worker.phone().value()));
        }

        @Override
        public void unreadable(int rowNumber, String code) {
            total++;
            refuse(List.of(Violation.of("row", code, "workerImport.row." + code).atRow(rowNumber)));
        }

        /** Exactly as many cells as headers; blank cells beyond the last header are a spreadsheet's leftovers. */
        private boolean fits(List<String> cells) {
            if (cells.size() < layout.width()) {
                return false;
            }
            for (int i = layout.width(); i < cells.size(); i++) {
                if (!cells.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private void refuse(List<Violation> violations) {
            rejected++;
            problems.addAll(violations);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
