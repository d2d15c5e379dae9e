package org.laborbridge.matching;

import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * How much each factor of a match counts, 0–100 each, and the bonus a registered-poor worker gets
 * on top (the bureau's priority policy). Negative weights, weights above 100 or all factor weights
 * zero are refused with {@code InvalidInputException} naming each field; all-zero is reported once,
 * on the first factor field, since no score could rank anything.
 */
public record MatchWeights(int jobType, int skills, int place, int wage, int housing, int poorPriorityBonus) {

    public static final int MAX = 100;

    public MatchWeights {
        List<Violation> violations = new ArrayList<>();
        checkRange("jobType", jobType, violations);
        checkRange("skills", skills, violations);
        checkRange("place", place, violations);
        checkRange("wage", wage, violations);
        checkRange("housing", housing, violations);
        checkRange("poorPriorityBonus", poorPriorityBonus, violations);
        if (jobType == 0 && skills == 0 && place == 0 && wage == 0 && housing == 0) {
            violations.add(Violation.of("jobType", "ALL_ZERO", "matching.invalid.weights.ALL_ZERO"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * The weights as typed on a form or sent as JSON, where any may be missing: a missing one is
     * refused as {@code REQUIRED} on its field (never read as 0, which would silently drop a
     * factor), together with the range refusals of the others.
     */
    public static MatchWeights typed(
            Integer jobType, Integer skills, Integer place, Integer wage, Integer housing, Integer poorPriorityBonus) {
        List<Violation> violations = new ArrayList<>();
        String[] fields = {"jobType", "skills", "place", "wage", "housing", "poorPriorityBonus"};
        Integer[] values = {jobType, skills, place, wage, housing, poorPriorityBonus};
        for (int i = 0; i < fields.length; i++) {
            if (values[i] == null) {
                violations.add(Violation.of(fields[i], "REQUIRED", "matching.invalid.weights.REQUIRED"));
            } else {
                checkRange(fields[i], values[i], violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new MatchWeights(jobType, skills, place, wage, housing, poorPriorityBonus);
    }

    /** What the platform starts with until the bureau sets its own. */
    public static MatchWeights standard() {
        return new MatchWeights(40, 25, 15, 10, 10, 10);
    }

    /** The sum of the five factor weights: what a perfect match scores before any bonus. */
    public int factorTotal() {
        return jobType + skills + place + wage + housing;
    }

    private static void checkRange(String field, int weight, List<Violation> violations) {
        if (weight < 0) {
            violations.add(Violation.of(field, "NEGATIVE", "matching.invalid.weights.NEGATIVE", weight));
        } else if (weight > MAX) {
            violations.add(Violation.of(field, "TOO_LARGE", "matching.invalid.weights.TOO_LARGE", weight, MAX));
        }
    }
}
