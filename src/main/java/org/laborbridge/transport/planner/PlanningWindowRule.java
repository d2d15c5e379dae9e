package org.laborbridge.transport.planner;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.trips.RegionFilter;

/**
 * The days a caseworker plans at once: given both ends, forwards, and at most a quarter (92 days)
 * — enough for a season's recruitment, and a bound on how much one confirmation creates — and
 * within two years of today, as the trips it creates must be; a region is a six-digit code.
 */
final class PlanningWindowRule {

    static final int MAX_DAYS = 92;
    static final int MAX_YEARS_AWAY = 2;

    List<Violation> check(PlanRequest request, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (request == null || request.from() == null) {
            violations.add(PlannerRefusals.violation("from", "REQUIRED"));
        }
        if (request == null || request.to() == null) {
            violations.add(PlannerRefusals.violation("to", "REQUIRED"));
        }
        if (request == null) {
            return violations;
        }
        LocalDate first = today.minusYears(MAX_YEARS_AWAY);
        LocalDate last = today.plusYears(MAX_YEARS_AWAY);
        boolean far = false;
        for (String field : List.of("from", "to")) {
            LocalDate day = field.equals("from") ? request.from() : request.to();
            if (day != null && (day.isBefore(first) || day.isAfter(last))) {
                violations.add(PlannerRefusals.violation(field, "TOO_FAR", first.toString(), last.toString()));
                far = true;
            }
        }
        if (!far && request.from() != null && request.to() != null) {
            if (request.to().isBefore(request.from())) {
                violations.add(PlannerRefusals.violation(
                        "to", "REVERSED", request.from().toString()));
            } else if (ChronoUnit.DAYS.between(request.from(), request.to()) + 1 > MAX_DAYS) {
                violations.add(PlannerRefusals.violation("to", "TOO_LONG", MAX_DAYS));
            }
        }
        if (request.region() != null
                && !request.region().isBlank()
                && RegionFilter.prefixOf(request.region()).isEmpty()) {
            violations.add(PlannerRefusals.violation("region", "FORMAT"));
        }
        return violations;
    }
}
