package org.laborbridge.placements.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.laborbridge.shared.InvalidInputException;

/**
 * Reads a code typed into a form or sent as JSON: blank is "not given" (null), anything else must
 * name a constant, or the field is refused by name (422) rather than failing the whole request.
 */
public final class Choices {

    private Choices() {}

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(Refusals.violation(
                        field,
                        "UNKNOWN",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
    }
}
