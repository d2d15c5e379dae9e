package org.laborbridge.placements.core;

import org.laborbridge.shared.Violation;

/** Every refusal of this module is worded under {@code placements.invalid.<field>.<code>}. */
final class Refusals {

    private Refusals() {}

    static Violation violation(String field, String code, Object... arguments) {
        return Violation.of(field, code, "placements.invalid." + field + "." + code, arguments);
    }
}
