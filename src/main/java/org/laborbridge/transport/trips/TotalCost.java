package org.laborbridge.transport.trips;

import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;

/**
 * A trip's total cost as typed into a form or sent as JSON text, read into {@link Money} or refused
 * under field {@code totalCost} (REQUIRED, FORMAT, NEGATIVE, PRECISION, TOO_LARGE), so pages and
 * API word a bad cost the same way. Public for the module's own web and API packages.
 */
public final class TotalCost {

    private TotalCost() {}

    public static Money parse(String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw Refusals.refused("totalCost", "REQUIRED");
        }
        try {
            return Money.ofYuan(yuan);
        } catch (InvalidValueException invalid) {
            throw new InvalidInputException(Refusals.violation("totalCost", invalid.code()));
        }
    }
}
