package org.laborbridge.employers.registry;

import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * The ages a posting asks for; either end may be open (null). Both ends lie within working age,
 * 16 (the legal minimum for employment) to 65.
 */
record AgeRange(Integer min, Integer max) {

    static final int YOUNGEST = 16;
    static final int OLDEST = 65;
    static final AgeRange ANY = new AgeRange(null, null);

    AgeRange {
        List<Violation> violations = new ArrayList<>();
        checkWorkingAge("minAge", min, violations);
        checkWorkingAge("maxAge", max, violations);
        if (violations.isEmpty() && min != null && max != null && min > max) {
            violations.add(Violation.of("minAge", "MIN_ABOVE_MAX", "employers.invalid.age.MIN_ABOVE_MAX", min, max));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** An unknown age (null) is admitted: the employer judges at the interview. */
    boolean admits(Integer age) {
        return age == null || ((min == null || min <= age) && (max == null || age <= max));
    }

    private static void checkWorkingAge(String field, Integer age, List<Violation> violations) {
        if (age != null && (age < YOUNGEST || age > OLDEST)) {
            violations.add(Violation.of(field, "RANGE", "employers.invalid.age.RANGE", YOUNGEST, OLDEST));
        }
    }
}
