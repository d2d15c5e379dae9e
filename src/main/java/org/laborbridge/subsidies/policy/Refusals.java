package org.laborbridge.subsidies.policy;

import org.laborbridge.shared.Violation;

/** Every refusal of this package is worded under {@code subsidies.invalid.<field>.<code>}. */
final class Refusals {

    private Refusals() {}

    static Violation violation(String field, String code, Object... arguments) {
        return Violation.of(field, code, "subsidies.invalid." + field + "." + code, arguments);
    }
}
