package org.laborbridge.transport.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborbridge.shared.Violation;

/**
 * A travel window is a span of days on which the worker can travel: it must run forwards, must
 * not be over already (days before today in it are simply never used), and must end before the
 * start date, because someone arriving on the day they start cannot be at work that morning.
 * Both ends lie within two years of today: a window is about one journey, and a year typed as
 * 20256 would otherwise reach the database and fail there instead of being refused here.
 */
final class DemandWindowRule {

    static final int MAX_YEARS_AWAY = 2;
    /** The days any date of a query may name: enough for the records kept, within what PostgreSQL stores. */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    List<Violation> check(LocalDate earliest, LocalDate latest, LocalDate startDate, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (earliest == null) {
            violations.add(DemandRefusals.violation("earliest", "REQUIRED"));
        }
        if (latest == null) {
            violations.add(DemandRefusals.violation("latest", "REQUIRED"));
        }
        if (earliest == null || latest == null) {
            return violations;
        }
        LocalDate first = today.minusYears(MAX_YEARS_AWAY);
        LocalDate last = today.plusYears(MAX_YEARS_AWAY);
        if (earliest.isBefore(first) || earliest.isAfter(last)) {
            violations.add(DemandRefusals.violation("earliest", "TOO_FAR", first.toString(), last.toString()));
        }
        if (latest.isBefore(first) || latest.isAfter(last)) {
            violations.add(DemandRefusals.violation("latest", "TOO_FAR", first.toString(), last.toString()));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        if (latest.isBefore(earliest)) {
            violations.add(DemandRefusals.violation("latest", "REVERSED", earliest.toString()));
        } else if (latest.isBefore(today)) {
            violations.add(DemandRefusals.violation("latest", "PAST", today.toString()));
        } else if (!latest.isBefore(startDate)) {
            violations.add(DemandRefusals.violation("latest", "NOT_BEFORE_START", startDate.toString()));
        }
        return violations;
    }

    /** A date a demand query may filter by; none is fine. */
    static Optional<Violation> sane(LocalDate day, String field) {
        if (day == null || !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY)) {
            return Optional.empty();
        }
        return Optional.of(DemandRefusals.violation(field, "RANGE", FIRST_DAY.toString(), LAST_DAY.toString()));
    }
}
