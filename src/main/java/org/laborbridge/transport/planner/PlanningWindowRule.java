package org.laborbridge.transport.planner;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;

/**
 * The days a caseworker plans at once: given both ends, forwards, and at most a quarter (92 days)
 * — enough for a season's recruitment, and a bound on how much one confirmation creates.
 */
final class PlanningWindowRule {

    static final int MAX_DAYS = 92;

    List<Violation> check(PlanRequest request) {
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
        if (request.from() != null && request.to() != null) {
            if (request.to().isBefore(request.from())) {
                violations.add(PlannerRefusals.violation(
                        "to", "REVERSED", request.from().toString()));
            } else if (ChronoUnit.DAYS.between(request.from(), request.to()) + 1 > MAX_DAYS) {
                violations.add(PlannerRefusals.violation("to", "TOO_LONG", MAX_DAYS));
            }
        }
        if (request.region() != null && !request.region().isBlank()) {
            try {
                RegionCode.of(request.region());
            } catch (InvalidValueException invalid) {
                violations.add(PlannerRefusals.violation("region", "FORMAT"));
            }
        }
        return violations;
    }
}
