package org.laborbridge.workshops.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * Workshop forms and API bodies arrive as text. A value that cannot be read is refused under its
 * field, quoting what was typed and saying what was expected, instead of passing on as missing
 * (which would read "required" to someone who did type something). Blank stays missing, for the
 * service to judge.
 */
public final class TypedValues {

    private final List<Violation> violations = new ArrayList<>();

    public LocalDate day(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return refuse(field, "DAY", text);
        }
    }

    public BigDecimal amount(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException unreadable) {
            return refuse(field, "AMOUNT", text);
        }
    }

    public Integer number(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            return refuse(field, "NUMBER", text);
        }
    }

    public <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (blank(text)) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        violations.add(Violation.of(field, "UNKNOWN", "workshops.typed.CHOICE", shown(text), choices));
        return null;
    }

    /** Refuses everything unreadable at once; call it before handing the form to the service. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private <T> T refuse(String field, String kind, String text) {
        violations.add(Violation.of(field, "FORMAT", "workshops.typed." + kind, shown(text)));
        return null;
    }

    /** The value as typed, cut short, so people see which entry was wrong. */
    private static String shown(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
