package org.laborbridge.transport.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Violation;

/**
 * Text typed into a transport form or sent as JSON, read field by field. A malformed value is
 * collected as a refusal of its own field instead of failing the request, so a form shows every
 * mistake at once and the API answers 422 naming the field (a cost of "abc" is field
 * {@code totalCost}, code {@code FORMAT}). Blank is "not given"; the services decide whether that
 * is allowed.
 */
public final class TypedFields {

    private final List<Violation> violations = new ArrayList<>();

    public Money yuan(String text, String field) {
        return read(text, field, Money::ofYuan);
    }

    public LocalDateTime time(String text, String field) {
        // datetime-local inputs send "2026-03-01T08:00"; people and scripts also write a space.
        return read(text, field, value -> parsed(() -> LocalDateTime.parse(value.replace(' ', 'T'))));
    }

    /** A time that must be given, e.g. when a trip departed: blank is refused as REQUIRED. */
    public LocalDateTime requiredTime(String text, String field) {
        return required(text, field) ? time(text, field) : null;
    }

    /** Refuses a missing value as REQUIRED; true when it is there. */
    public boolean required(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            violations.add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
            return false;
        }
        return true;
    }

    public LocalDate day(String text, String field) {
        return read(text, field, value -> parsed(() -> LocalDate.parse(value)));
    }

    public Integer number(String text, String field) {
        return read(text, field, value -> parsed(() -> Integer.valueOf(value)));
    }

    public ResidentId residentId(String text, String field) {
        return read(text, field, ResidentId::parse);
    }

    public RegionCode region(String text, String field) {
        return read(text, field, RegionCode::of);
    }

    /** Codes separated by spaces, commas or the Chinese comma. */
    public List<RegionCode> regions(String text, String field) {
        if (blank(text)) {
            return List.of();
        }
        List<RegionCode> codes = new ArrayList<>();
        for (String code : text.strip().split("[\\s,，、]+")) {
            RegionCode region = region(code, field);
            if (region != null) {
                codes.add(region);
            }
        }
        return codes;
    }

    public <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        return read(
                text,
                field,
                value -> Arrays.stream(type.getEnumConstants())
                        .filter(constant -> constant.name().equals(value.toUpperCase(Locale.ROOT)))
                        .findFirst()
                        .orElseThrow(() -> new InvalidValueException("field", "UNKNOWN")));
    }

    /** An id that must name a record: a malformed one is refused as UNKNOWN under its field. */
    public <T> T id(String text, String field, Function<String, Optional<T>> parse) {
        return read(
                text,
                field,
                value -> parse.apply(value).orElseThrow(() -> new InvalidValueException("field", "UNKNOWN")));
    }

    /** Throws every refusal collected so far, or returns quietly when there is none. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private <T> T read(String text, String field, Function<String, T> parse) {
        if (blank(text)) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (InvalidValueException invalid) {
            // An unknown choice or id has no wording of its own: "invalid" says it well enough.
            violations.add(
                    "UNKNOWN".equals(invalid.code())
                            ? Violation.of(field, invalid.code(), "invalid.field.INVALID")
                            : Violation.of(field, invalid));
            return null;
        }
    }

    private static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException | NumberFormatException malformed) {
            throw new InvalidValueException("field", "FORMAT");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
