package org.laborbridge.transport.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.Violation;

/**
 * A travel window is a span of days on which the worker can travel: it must run forwards, must
 * not be over already (days before today in it are simply never used), and must end before the
 * start date, because someone arriving on the day they start cannot be at work that morning.
 */
final class DemandWindowRule {

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
        if (latest.isBefore(earliest)) {
            violations.add(DemandRefusals.violation("latest", "REVERSED", earliest.toString()));
        } else if (latest.isBefore(today)) {
            violations.add(DemandRefusals.violation("latest", "PAST", today.toString()));
        } else if (!latest.isBefore(startDate)) {
            violations.add(DemandRefusals.violation("latest", "NOT_BEFORE_START", startDate.toString()));
        }
        return violations;
    }
}
