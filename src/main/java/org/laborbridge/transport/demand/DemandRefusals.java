package org.laborbridge.transport.demand;

import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * Every refusal of transport demands is worded under {@code transport.demand.invalid.<field>.<code>},
 * apart from the trips' own {@code transport.invalid.*} keys.
 */
final class DemandRefusals {

    private DemandRefusals() {}

    static Violation violation(String field, String code, Object... arguments) {
        return Violation.of(field, code, "transport.demand.invalid." + field + "." + code, arguments);
    }

    static InvalidInputException refused(String field, String code, Object... arguments) {
        return new InvalidInputException(violation(field, code, arguments));
    }
}
