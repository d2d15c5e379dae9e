package org.laborbridge.employers.registry;

import java.time.LocalDate;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/** The days on which a posting takes applications, both included. */
record ValidityPeriod(LocalDate from, LocalDate until) {

    ValidityPeriod {
        if (until.isBefore(from)) {
            throw new InvalidInputException(Violation.of(
                    "validUntil", "BEFORE_VALID_FROM", "employers.invalid.validUntil.BEFORE_VALID_FROM", from));
        }
    }

    /** A blank start means from today, the usual case for a posting typed in to publish now. */
    static ValidityPeriod of(LocalDate from, LocalDate until, LocalDate today) {
        if (until == null) {
            throw new InvalidInputException(Violation.of("validUntil", "REQUIRED", "invalid.field.REQUIRED"));
        }
        return new ValidityPeriod(from == null ? today : from, until);
    }

    boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    boolean isOverOn(LocalDate day) {
        return day.isAfter(until);
    }
}
