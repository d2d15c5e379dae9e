package org.laborbridge.reporting.figures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborbridge.shared.Violation;

/** A period bound as typed: {@code yyyy-MM} or an ISO date, read as its month; blank is open. */
final class Months {

    private Months() {}

    static YearMonth parse(String typed, String field, List<Violation> violations) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        try {
            return text.length() <= 7 ? YearMonth.parse(text) : YearMonth.from(LocalDate.parse(text));
        } catch (DateTimeException e) {
            violations.add(Violation.of(field, "FORMAT", "invalid.stats.period.FORMAT", typed));
            return null;
        }
    }
}
