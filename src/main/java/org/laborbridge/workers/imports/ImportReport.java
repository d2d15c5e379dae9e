package org.laborbridge.workers.imports;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.laborbridge.shared.Violation;
import org.springframework.context.MessageSource;

/** An import as the API and the page show it, messages in the reader's language. */
record ImportReport(
        UUID importId,
        String fileName,
        ImportMode mode,
        ImportStatus status,
        int progress,
        int total,
        int accepted,
        int rejected,
        int skipped,
        List<RowError> errors,
        int errorsOmitted) {

    record RowError(Integer row, String field, String code, String message) {}

    static ImportReport of(ImportRecord record, MessageSource messages, Locale locale) {
        return new ImportReport(
                record.id(),
                record.fileName(),
                record.mode(),
                record.status(),
                record.total(),
                record.total(),
                record.accepted(),
                record.rejected(),
                record.skipped(),
                record.errors().stream()
                        .map(violation -> describe(violation, messages, locale))
                        .toList(),
                record.errorsOmitted());
    }

    private static RowError describe(Violation violation, MessageSource messages, Locale locale) {
        String message = messages.getMessage(
                violation.messageKey(), violation.arguments().toArray(), violation.messageKey(), locale);
        return new RowError(violation.row(), violation.field(), violation.code(), message);
    }
}
