package org.laborbridge.transport.trips;

import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/** Every refusal of the trips is worded under {@code transport.invalid.<field>.<code>}. */
final class Refusals {

    private Refusals() {}

    static Violation violation(String field, String code, Object... arguments) {
        return Violation.of(field, code, "transport.invalid." + field + "." + code, arguments);
    }

    static InvalidInputException refused(String field, String code, Object... arguments) {
        return new InvalidInputException(violation(field, code, arguments));
    }
}
