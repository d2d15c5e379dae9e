package org.laborbridge.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Violation;

/**
 * Text typed into a form or sent as JSON, read field by field. A value that cannot be read is kept
 * as a refusal of its own field, quoting what was typed and saying what was expected, so a form
 * shows every mistake at once and the API answers 422 naming the field, instead of passing on as
 * missing (which would read "required" to someone who did type something). Blank is "not given",
 * for the service to judge. Each module words the refusals under its own message-key prefix
 * ({@code <prefix>.DAY}, {@code .TIME}, {@code .NUMBER}, {@code .AMOUNT}, {@code .CHOICE}, {@code
 * .ID}) and extends this with the readings only it has.
 */
public class TypedReader {

    /**
     * The years a day of the bureau's work falls in: nobody travels or is paid outside them, and
     * such a year would not fit the database.
     */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    private static final int SHOWN_LENGTH = 40;

    private final String prefix;
    private final Years years;
    private final List<Violation> violations = new ArrayList<>();

    /** Days and times outside the years are refused too; the wording names them as {1} and {2}. */
    public TypedReader(String prefix, int firstYear, int lastYear) {
        this(prefix, new Years(firstYear, lastYear));
    }

    /** Days and times of any year; the wording names no years. */
    public TypedReader(String prefix) {
        this(prefix, null);
    }

    private TypedReader(String prefix, Years years) {
        this.prefix = prefix;
        this.years = years;
    }

    /** An ISO day, e.g. 2026-03-01, refused as FORMAT. */
    public LocalDate day(String text, String field) {
        return read(
                text, field, "FORMAT", "DAY", value -> inYears(LocalDate.parse(value), LocalDate::getYear), years());
    }

    /** A day and time, refused as FORMAT. */
    public LocalDateTime time(String text, String field) {
        // datetime-local inputs send "2026-03-01T08:00"; people and scripts also write a space.
        return read(
                text,
                field,
                "FORMAT",
                "TIME",
                value -> inYears(LocalDateTime.parse(value.replace(' ', 'T')), LocalDateTime::getYear),
                years());
    }

    public Integer number(String text, String field) {
        return read(text, field, "FORMAT", "NUMBER", Integer::valueOf);
    }

    public BigDecimal amount(String text, String field) {
        return read(text, field, "FORMAT", "AMOUNT", BigDecimal::new);
    }

    /** One of the enum's names in any case, refused as UNKNOWN naming the choices. */
    public <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        E[] constants = type.getEnumConstants();
        return read(
                text,
                field,
                "UNKNOWN",
                "CHOICE",
                value -> Arrays.stream(constants)
                        .filter(constant -> constant.name().equals(value.toUpperCase(Locale.ROOT)))
                        .findFirst()
                        .orElse(null),
                choices(Arrays.stream(constants).map(Enum::name).toList()));
    }

    /** For a choice the caller judges itself, worded as {@link #choice} words it. */
    public void unknownChoice(String text, String field, List<String> choices) {
        refuse(field, "UNKNOWN", "CHOICE", shown(text), choices(choices));
    }

    /** An id that must name a record: a malformed one is refused as UNKNOWN. */
    public <T> T id(String text, String field, Function<String, Optional<T>> parse) {
        return read(text, field, "UNKNOWN", "ID", value -> parse.apply(value).orElse(null));
    }

    /** A kernel value (money, a region code …), refused in the kernel's own words for it. */
    public <T> T value(String text, String field, Function<String, T> parse) {
        if (blank(text)) {
            return null;
        }
        try {
            return parse.apply(readable(text));
        } catch (InvalidValueException invalid) {
            return refuse(Violation.of(field, invalid));
        }
    }

    /** Refuses a missing value as REQUIRED; true when it is there. */
    public boolean required(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            refuse(Violation.of(field, "REQUIRED", requiredKey()));
            return false;
        }
        return true;
    }

    public LocalDate requiredDay(String text, String field) {
        return required(text, field) ? day(text, field) : null;
    }

    public LocalDateTime requiredTime(String text, String field) {
        return required(text, field) ? time(text, field) : null;
    }

    public Integer requiredNumber(String text, String field) {
        return required(text, field) ? number(text, field) : null;
    }

    public <E extends Enum<E>> E requiredChoice(Class<E> type, String text, String field) {
        return required(text, field) ? choice(type, text, field) : null;
    }

    /** Refusals made while reading one entry of a list are marked with its row, counted from 1. */
    public <T> T atRow(int row, Supplier<T> reading) {
        int before = violations.size();
        T value = reading.get();
        for (int i = before; i < violations.size(); i++) {
            violations.set(i, violations.get(i).atRow(row));
        }
        return value;
    }

    /** The refusals so far, in the order the fields were read. */
    public List<Violation> violations() {
        return Collections.unmodifiableList(violations);
    }

    /** Throws every refusal collected so far, or returns quietly when there is none. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** What the parsers see of a non-blank text; a module may widen it, e.g. to full-width digits. */
    protected String readable(String text) {
        return text.strip();
    }

    /** Most forms word a missing value alike; a module with its own wording names its key. */
    protected String requiredKey() {
        return "invalid.field.REQUIRED";
    }

    /** Refuses under {@code <prefix>.<wording>}; always null, to return in place of the value. */
    protected final <T> T refuse(String field, String code, String wording, Object... arguments) {
        return refuse(Violation.of(field, code, prefix + "." + wording, arguments));
    }

    protected final <T> T refuse(Violation violation) {
        violations.add(violation);
        return null;
    }

    /** The value as typed, cut short: a refusal quotes it so people see which entry was wrong. */
    protected static String shown(String text) {
        String stripped = text.strip();
        return stripped.length() <= SHOWN_LENGTH ? stripped : stripped.substring(0, SHOWN_LENGTH) + "…";
    }

    protected static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Null for blank; otherwise the parsed value, or null once refused. {@code parse} answers null
     * (or throws as the JDK's parsers do) for what it cannot read; {@code about} completes the
     * wording after the value itself, e.g. the choices.
     */
    private <T> T read(
            String text, String field, String code, String wording, Function<String, T> parse, Object... about) {
        if (blank(text)) {
            return null;
        }
        T value;
        try {
            value = parse.apply(readable(text));
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            value = null;
        }
        if (value != null) {
            return value;
        }
        Object[] arguments = new Object[about.length + 1];
        arguments[0] = shown(text);
        System.arraycopy(about, 0, arguments, 1, about.length);
        return refuse(field, code, wording, arguments);
    }

    private <T> T inYears(T value, ToIntFunction<T> year) {
        return years == null || years.contain(year.applyAsInt(value)) ? value : null;
    }

    /** Years as text, or MessageFormat would write "2,000". */
    private Object[] years() {
        return years == null
                ? new Object[0]
                : new Object[] {String.valueOf(years.first()), String.valueOf(years.last())};
    }

    private static String choices(List<String> names) {
        return String.join(", ", names);
    }

    private record Years(int first, int last) {

        boolean contain(int year) {
            return year >= first && year <= last;
        }
    }
}
