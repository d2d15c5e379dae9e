package org.laborbridge.employers.registry;

import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * How many people a posting seeks. People already hired stay hired: a new headcount may not go
 * below them, and the openings left move by as much as the headcount does.
 */
final class HeadcountRule {

    static final int MAX = 100_000;

    private HeadcountRule() {}

    static int check(Integer headcount) {
        if (headcount == null) {
            throw new InvalidInputException(Violation.of("headcount", "REQUIRED", "invalid.field.REQUIRED"));
        }
        if (headcount < 1) {
            throw new InvalidInputException(
                    Violation.of("headcount", "TOO_SMALL", "employers.invalid.headcount.TOO_SMALL"));
        }
        if (headcount > MAX) {
            throw new InvalidInputException(
                    Violation.of("headcount", "TOO_LARGE", "employers.invalid.headcount.TOO_LARGE", MAX));
        }
        return headcount;
    }

    /** The openings left after the headcount changes from {@code headcount} to {@code newHeadcount}. */
    static int openingsLeftAfter(int headcount, int openingsLeft, int newHeadcount) {
        int filled = headcount - openingsLeft;
        if (newHeadcount < filled) {
            throw belowFilled(filled);
        }
        return newHeadcount - filled;
    }

    static InvalidInputException belowFilled(int filled) {
        return new InvalidInputException(
                Violation.of("headcount", "BELOW_FILLED", "employers.invalid.headcount.BELOW_FILLED", filled));
    }
}
