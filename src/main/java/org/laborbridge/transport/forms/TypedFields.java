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
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.trips.TotalCost;

/**
 * Text typed into a transport form or sent as JSON, read field by field. A malformed value is
 * collected as a refusal of its own field instead of failing the request, so a form shows every
 * mistake at once and the API answers 422 naming the field (a cost of "abc" is field
 * {@code totalCost}, code {@code FORMAT}). Blank is "not given"; the services decide whether that
 * is allowed. Days and times outside the years {@value #FIRST_YEAR}–{@value #LAST_YEAR} are
 * refused as FORMAT too: nobody travels then, and such a year would not fit the database.
 */
public final class TypedFields {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** The most placements one request may name: as many as the largest vehicle has seats. */
    public static final int MAX_PLACEMENTS = TripForm.MAX_SEATS;

    public static final int MAX_DESTINATIONS = TripForm.MAX_DESTINATIONS;

    private static final String[] YEARS = {String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)};

    private final List<Violation> violations = new ArrayList<>();

    /** A trip's cost in yuan, refused in the trips' own words (field totalCost, e.g. NEGATIVE). */
    public Money totalCost(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return TotalCost.parse(text);
        } catch (InvalidInputException invalid) {
            violations.addAll(invalid.violations());
            return null;
        }
    }

    public LocalDateTime time(String text, String field) {
        // datetime-local inputs send "2026-03-01T08:00"; people and scripts also write a space.
        return read(
                text,
                field,
                Typed.TIME,
                value -> inYears(parsed(() -> LocalDateTime.parse(value.replace(' ', 'T'))), LocalDateTime::getYear),
                YEARS);
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
        return read(
                text,
                field,
                Typed.DAY,
                value -> inYears(parsed(() -> LocalDate.parse(value)), LocalDate::getYear),
                YEARS);
    }

    public Integer number(String text, String field) {
        return read(text, field, Typed.NUMBER, value -> parsed(() -> Integer.valueOf(value)));
    }

    public ResidentId residentId(String text, String field) {
        return read(text, field, Typed.OTHER, ResidentId::parse);
    }

    public RegionCode region(String text, String field) {
        return read(text, field, Typed.OTHER, RegionCode::of);
    }

    /**
     * Codes separated by spaces, commas or the Chinese comma; more than {@link #MAX_DESTINATIONS}
     * are refused as TOO_MANY before any is read.
     */
    public List<RegionCode> regions(String text, String field) {
        if (blank(text)) {
            return List.of();
        }
        String[] tokens = text.strip().split("[\\s,，、]+");
        if (tooMany(tokens.length, MAX_DESTINATIONS, field)) {
            return List.of();
        }
        List<RegionCode> codes = new ArrayList<>();
        for (String code : tokens) {
            RegionCode region = region(code, field);
            if (region != null) {
                codes.add(region);
            }
        }
        return codes;
    }

    public <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return read(
                text,
                field,
                Typed.CHOICE,
                value -> Arrays.stream(type.getEnumConstants())
                        .filter(constant -> constant.name().equals(value.toUpperCase(Locale.ROOT)))
                        .findFirst()
                        .orElseThrow(() -> new InvalidValueException("field", "UNKNOWN")),
                choices);
    }

    /** An id that must name a record: a malformed one is refused as UNKNOWN under its field. */
    public <T> T id(String text, String field, Function<String, Optional<T>> parse) {
        return read(
                text,
                field,
                Typed.ID,
                value -> parse.apply(value).orElseThrow(() -> new InvalidValueException("field", "UNKNOWN")));
    }

    /**
     * Placements by id, each refused as UNKNOWN at its row (from 1) when malformed; more than
     * {@link #MAX_PLACEMENTS} are refused as TOO_MANY before any is read.
     */
    public List<PlacementId> placements(List<String> texts, String field) {
        if (texts == null || tooMany(texts.size(), MAX_PLACEMENTS, field)) {
            return List.of();
        }
        List<PlacementId> ids = new ArrayList<>();
        for (int row = 0; row < texts.size(); row++) {
            int before = violations.size();
            PlacementId id = id(texts.get(row), field, PlacementId::parse);
            if (violations.size() > before) {
                violations.set(before, violations.get(before).atRow(row + 1));
            }
            ids.add(id);
        }
        return ids;
    }

    /** Throws every refusal collected so far, or returns quietly when there is none. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** {@code about} completes the refusal's wording after the value itself, e.g. the choices. */
    private <T> T read(String text, String field, Typed typed, Function<String, T> parse, String... about) {
        if (blank(text)) {
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (InvalidValueException invalid) {
            violations.add(
                    typed == Typed.OTHER
                            ? Violation.of(field, invalid)
                            : Violation.of(field, invalid.code(), typed.messageKey(), wording(text, about)));
            return null;
        }
    }

    private static Object[] wording(String text, String... about) {
        Object[] arguments = new Object[about.length + 1];
        arguments[0] = shown(text);
        System.arraycopy(about, 0, arguments, 1, about.length);
        return arguments;
    }

    /** The value as typed, cut short: a refusal quotes it so people see which entry was wrong. */
    private static String shown(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }

    /**
     * What a value should have been, for the refusal's wording: the kernel's own values (resident
     * IDs, region codes) bring their words along.
     */
    private enum Typed {
        NUMBER,
        DAY,
        TIME,
        CHOICE,
        ID,
        OTHER;

        String messageKey() {
            return "transport.typed." + name();
        }
    }

    /** Worded as the trips word the same limit: {@code transport.invalid.<field>.TOO_MANY}. */
    private boolean tooMany(int count, int most, String field) {
        if (count <= most) {
            return false;
        }
        violations.add(Violation.of(field, "TOO_MANY", "transport.invalid." + field + ".TOO_MANY", most));
        return true;
    }

    private static <T> T inYears(T value, ToIntFunction<T> year) {
        int of = year.applyAsInt(value);
        if (of < FIRST_YEAR || of > LAST_YEAR) {
            throw new InvalidValueException("field", "FORMAT");
        }
        return value;
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
