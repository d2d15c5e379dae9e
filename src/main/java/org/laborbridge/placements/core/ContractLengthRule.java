package org.laborbridge.placements.core;

import java.util.Optional;
import org.laborbridge.shared.Violation;

/**
 * A contract runs one to sixty months: shorter is day labour, which the programme does not count
 * as a placement; longer than five years is not a term anyone signs here and is a typing error.
 */
final class ContractLengthRule {

    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 60;

    Optional<Violation> check(Integer months) {
        if (months == null) {
            return Optional.of(Refusals.violation("contractMonths", "REQUIRED"));
        }
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            return Optional.of(Refusals.violation("contractMonths", "RANGE", MIN_MONTHS, MAX_MONTHS));
        }
        return Optional.empty();
    }
}
