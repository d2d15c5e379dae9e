package org.laborbridge.identity.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What an administrator narrows the audit log to; blank fields do not filter. Dates are inclusive. */
record AuditFilter(
        String actor,
        String action,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = ISO.DATE) LocalDate to) {

    AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
