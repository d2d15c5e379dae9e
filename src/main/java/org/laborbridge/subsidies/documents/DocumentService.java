package org.laborbridge.subsidies.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.Identifiers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.DocumentView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.SubsidyDocuments;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The papers of a claim: checked by their first bytes and size, stored outside the web root, served
 * only to those who may read the claim, each download written to the audit log.
 */
@Service
@Transactional
class DocumentService implements SubsidyDocuments {

    static final String SUBJECT = "subsidy-document";
    static final String DOWNLOADED = "SUBSIDY_DOCUMENT_DOWNLOADED";
    static final String ATTACHED = "DOCUMENT_ATTACHED";
    static final int MAX_TYPE = 100;
    static final int MAX_NAME = 255;

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    private final ClaimReach.Rows claims;
    private final DocumentStore store;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final SubsidyClock clock;

    DocumentService(
            ClaimReach.Rows claims, DocumentStore store, JdbcClient jdbc, AuditLog auditLog, SubsidyClock clock) {
        this.claims = claims;
        this.store = store;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public DocumentView attach(ApplicationId application, String documentType, String fileName, InputStream content) {
        Caller caller = Callers.current();
        ClaimReach claim = claims.lock(application)
                .filter(found -> found.readableBy(caller))
                .orElseThrow(() -> notFound(application));
        if (!claim.attachableBy(caller)) {
            throw new AccessDeniedException("Not allowed to add documents to claim " + claim.number());
        }
        if (!claim.open()) {
            throw new StepOutOfOrderException(
                    "DOCUMENTS_CLOSED", claim.number(), claim.status().name());
        }
        Upload upload = Upload.check(documentType, fileName, content);
        UUID id = Identifiers.timeOrdered();
        Instant at = clock.now();
        store.write(id, upload.content());
        // The file is written before the row; if the transaction rolls back, the file goes too.
        deleteOnRollback(id);
        jdbc.sql("""
                        insert into subsidy_document (id, application_id, document_type, file_name, content_type,
                            size_bytes, sha256, uploaded_by, uploaded_at)
                        values (:id, :application, :type, :name, :contentType, :size, :sha256, :by, :at)
                        """)
                .param("id", id)
                .param("application", application.value())
                .param("type", upload.documentType())
                .param("name", upload.fileName())
                .param("contentType", upload.kind().contentType())
                .param("size", (long) upload.content().length)
                .param("sha256", upload.sha256())
                .param("by", caller.username())
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("""
                        insert into subsidy_application_step (application_id, action, actor, actor_role, note, at)
                        values (:application, :action, :actor, :role, :note, :at)
                        """)
                .param("application", application.value())
                .param("action", ATTACHED)
                .param("actor", caller.username())
                .param("role", caller.role().name())
                .param("note", upload.documentType() + ": " + upload.fileName())
                .param("at", Timestamp.from(at))
                .update();
        log.debug("Document {} attached to claim {} by {}", id, claim.number(), caller.username());
        return find(application, id).orElseThrow();
    }

    /** Not read-only: the download is written to the audit log in the same transaction. */
    @Override
    public StoredDocument open(ApplicationId application, UUID document) {
        ClaimReach claim = readable(application);
        DocumentView view =
                find(application, document).orElseThrow(() -> new RecordNotFoundException(SUBJECT, document));
        byte[] content = store.read(document);
        auditLog.record(DOWNLOADED, SUBJECT, document.toString(), claim.number());
        return new StoredDocument(view, content);
    }

    /** Every document of a claim the caller may read, in the order they came. */
    @Transactional(readOnly = true)
    public List<DocumentView> documents(ApplicationId application) {
        readable(application);
        return jdbc.sql(SELECT + " where application_id = :application order by uploaded_at, id")
                .param("application", application.value())
                .query((row, number) -> view(row))
                .list();
    }

    @Transactional(readOnly = true)
    public DocumentView document(ApplicationId application, UUID document) {
        readable(application);
        return find(application, document).orElseThrow(() -> new RecordNotFoundException(SUBJECT, document));
    }

    /** Whether the current caller may add documents to the claim now: the page shows its form by it. */
    @Transactional(readOnly = true)
    public boolean mayAttach(ApplicationId application) {
        return Callers.find()
                .flatMap(caller -> claims.find(application).filter(claim -> claim.attachableBy(caller)))
                .map(ClaimReach::open)
                .orElse(false);
    }

    private ClaimReach readable(ApplicationId application) {
        Caller caller = Callers.current();
        return claims.find(application)
                .filter(found -> found.readableBy(caller))
                .orElseThrow(() -> notFound(application));
    }

    private static final String SELECT = """
            select id, document_type, file_name, content_type, size_bytes, uploaded_by, uploaded_at
            from subsidy_document""";

    private Optional<DocumentView> find(ApplicationId application, UUID document) {
        return jdbc.sql(SELECT + " where application_id = :application and id = :id")
                .param("application", application.value())
                .param("id", document)
                .query((row, number) -> view(row))
                .optional();
    }

    private static DocumentView view(java.sql.ResultSet row) throws java.sql.SQLException {
        return new DocumentView(
                row.getObject("id", UUID.class),
                row.getString("document_type"),
                row.getString("file_name"),
                row.getString("content_type"),
                row.getLong("size_bytes"),
                row.getString("uploaded_by"),
                row.getTimestamp("uploaded_at").toInstant());
    }

    private void deleteOnRollback(UUID id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(id);
                }
            }
        });
    }

    private static RecordNotFoundException notFound(ApplicationId application) {
        return new RecordNotFoundException("subsidy-application", application);
    }

    /** An upload that passed every check, with what was learnt of it. */
    record Upload(String documentType, String fileName, FileKind kind, byte[] content, String sha256) {

        static Upload check(String documentType, String fileName, InputStream content) {
            List<Violation> violations = new ArrayList<>();
            String type = documentType == null ? "" : documentType.strip();
            if (type.isEmpty()) {
                violations.add(refusal("documentType", "REQUIRED"));
            } else if (type.length() > MAX_TYPE) {
                violations.add(refusal("documentType", "TOO_LONG", MAX_TYPE));
            }
            byte[] bytes = read(content);
            String name = baseName(fileName);
            FileKind kind = null;
            if (bytes.length == 0) {
                violations.add(refusal("file", "REQUIRED"));
            } else if (bytes.length > MAX_BYTES) {
                violations.add(refusal("file", "TOO_LARGE", MAX_BYTES / (1024 * 1024)));
            } else {
                kind = FileKind.of(bytes).orElse(null);
                if (kind == null) {
                    violations.add(refusal("file", "TYPE", name));
                }
            }
            if (name.length() > MAX_NAME) {
                violations.add(refusal("file", "NAME_TOO_LONG", MAX_NAME));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            String stored = name.isEmpty() ? "document." + kind.name().toLowerCase(java.util.Locale.ROOT) : name;
            return new Upload(type, stored, kind, bytes, sha256(bytes));
        }

        /** One byte past the limit is enough to know it is too large; the rest is never read. */
        private static byte[] read(InputStream content) {
            if (content == null) {
                return new byte[0];
            }
            try (content) {
                return content.readNBytes((int) MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the upload", e);
            }
        }

        /** Browsers may send a whole path; only the last part is a name, and control characters never are. */
        static String baseName(String fileName) {
            if (fileName == null) {
                return "";
            }
            String name = fileName.replaceAll("\\p{Cntrl}", "");
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
            return name.substring(slash + 1).strip();
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        private static Violation refusal(String field, String code, Object... arguments) {
            return Violation.of(field, code, "subsidies.invalid." + field + "." + code, arguments);
        }
    }
}
