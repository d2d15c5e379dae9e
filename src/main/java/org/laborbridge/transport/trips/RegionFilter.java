package org.laborbridge.transport.trips;

import java.util.Optional;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.RegionCode;

/**
 * A region typed into a filter, at any level, as the prefix its counties' codes start with:
 * 433100 → 4331, 430000 → 43, 433122 → 433122. One reading for the trip list, the demand list and
 * the planner, so the same code selects the same places everywhere.
 */
public final class RegionFilter {

    private RegionFilter() {}

    /** Empty when the text is not a six-digit region code; each caller refuses it in its own words. */
    public static Optional<String> prefixOf(String region) {
        String code;
        try {
            code = RegionCode.of(region).value();
        } catch (InvalidValueException invalid) {
            return Optional.empty();
        }
        while (code.length() > 2 && code.endsWith("00")) {
            code = code.substring(0, code.length() - 2);
        }
        return Optional.of(code);
    }
}
