package org.laborbridge.subsidies.applications;

import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/** Refusals of claims are worded under {@code subsidies.invalid.<field>.<code>}, as the catalogue's are. */
final class Refusals {

    private Refusals() {}

    static Violation violation(String field, String code, Object... arguments) {
        return Violation.of(field, code, "subsidies.invalid." + field + "." + code, arguments);
    }

    static InvalidInputException refused(String field, String code, Object... arguments) {
        return new InvalidInputException(violation(field, code, arguments));
    }
}
