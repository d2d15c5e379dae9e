package org.laborbridge.transport.planner;

import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/** Every refusal of the planner is worded under {@code transport.planner.invalid.<field>.<code>}. */
final class PlannerRefusals {

    private PlannerRefusals() {}

    static Violation violation(String field, String code, Object... arguments) {
        return Violation.of(field, code, "transport.planner.invalid." + field + "." + code, arguments);
    }

    static InvalidInputException refused(String field, String code, Object... arguments) {
        return new InvalidInputException(violation(field, code, arguments));
    }
}
