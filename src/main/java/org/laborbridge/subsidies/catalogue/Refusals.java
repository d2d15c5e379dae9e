package org.laborbridge.subsidies.catalogue;

import org.laborbridge.shared.Violation;

/** Refusals of the catalogue are worded under {@code subsidies.invalid.<field>.<code>}, as the terms' are. */
final class Refusals {

    private Refusals() {}

    static Violation violation(String field, String code, Object... arguments) {
        return Violation.of(field, code, "subsidies.invalid." + field + "." + code, arguments);
    }
}
