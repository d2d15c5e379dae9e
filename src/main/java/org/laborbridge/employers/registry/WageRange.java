package org.laborbridge.employers.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;

/** The monthly wage a posting offers, from {@code min} to {@code max}, both included. */
record WageRange(Money min, Money max) {

    WageRange {
        if (min.compareTo(max) > 0) {
            throw new InvalidInputException(Violation.of(
                    "wageMin",
                    "MIN_ABOVE_MAX",
                    "employers.invalid.wage.MIN_ABOVE_MAX",
                    min.toYuanString(),
                    max.toYuanString()));
        }
    }

    /** Both amounts in yuan, as typed; every problem of both reported at once. */
    static WageRange ofYuan(BigDecimal min, BigDecimal max) {
        List<Violation> violations = new ArrayList<>();
        Money low = amount("wageMin", min, violations);
        Money high = amount("wageMax", max, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new WageRange(low, high);
    }

    boolean includes(Money wage) {
        return min.compareTo(wage) <= 0 && wage.compareTo(max) <= 0;
    }

    private static Money amount(String field, BigDecimal yuan, List<Violation> violations) {
        if (yuan == null) {
            violations.add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
            return null;
        }
        try {
            return Money.ofYuan(yuan.toPlainString());
        } catch (InvalidValueException invalid) {
            violations.add(Violation.of(field, invalid));
            return null;
        }
    }
}
