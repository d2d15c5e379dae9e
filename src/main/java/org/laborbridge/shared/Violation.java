package org.laborbridge.shared;

import java.util.List;

/**
 * One reason an input was refused: which field, a stable code for clients, and the message key
 * (with arguments) that explains it in the user's language. {@code row} is set for bulk imports.
 */
public record Violation(Integer row, String field, String code, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Violation of(String field, String code, String messageKey, Object... arguments) {
        return new Violation(null, field, code, messageKey, List.of(arguments));
    }

    /** A kernel value refused under the name of the field it was typed into. */
    public static Violation of(String field, InvalidValueException invalid) {
        return new Violation(null, field, invalid.code(), invalid.messageKey(), List.of());
    }

    public Violation atRow(int rowNumber) {
        return new Violation(rowNumber, field, code, messageKey, arguments);
    }
}
