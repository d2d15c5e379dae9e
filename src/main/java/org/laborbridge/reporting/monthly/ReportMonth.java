package org.laborbridge.reporting.monthly;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborbridge.shared.Violation;

/**
 * The month typed for a report: {@code yyyy-MM}, and only a month that has ended on the bureau's
 * calendar (its figures are still moving until then).
 */
final class ReportMonth {

    private ReportMonth() {}

    static YearMonth parse(String typed, LocalDate today, List<Violation> violations) {
        if (typed == null || typed.isBlank()) {
            violations.add(Violation.of("month", "REQUIRED", "reporting.monthly.invalid.month.REQUIRED"));
            return null;
        }
        String text = typed.strip();
        YearMonth month;
        try {
            if (!text.matches("[0-9]{4}-[0-9]{2}")) {
                throw new DateTimeException(text);
            }
            month = YearMonth.parse(text);
        } catch (DateTimeException e) {
            violations.add(Violation.of("month", "FORMAT", "reporting.monthly.invalid.month.FORMAT", typed));
            return null;
        }
        if (!YearMonth.from(today).isAfter(month)) {
            violations.add(
                    Violation.of("month", "NOT_ENDED", "reporting.monthly.invalid.month.NOT_ENDED", month.toString()));
            return null;
        }
        return month;
    }
}
