package org.laborbridge.employers.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.RegionLevel;
import org.laborbridge.shared.Violation;

/**
 * Collects every problem of one form, so that a person sees all of them at once rather than one
 * per attempt. Each check returns null for a refused value and the caller throws at the end.
 */
final class FieldChecks {

    private final List<Violation> violations = new ArrayList<>();

    String required(String field, String typed, int maxLength) {
        String text = optional(field, typed, maxLength);
        if (text == null && !hasProblemWith(field)) {
            add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
        }
        return text;
    }

    String optional(String field, String typed, int maxLength) {
        String text = trimmed(typed);
        if (text != null && text.codePointCount(0, text.length()) > maxLength) {
            add(Violation.of(field, "LENGTH", "invalid.text.TOO_LONG", maxLength));
            return null;
        }
        return text;
    }

    /** A kernel value such as a credit code; blank is refused. */
    <T> T required(String field, String typed, Function<String, T> parse) {
        if (trimmed(typed) == null) {
            add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
            return null;
        }
        return value(field, () -> parse.apply(typed));
    }

    /** A kernel value such as a phone number; blank means none. */
    <T> T optional(String field, String typed, Function<String, T> parse) {
        return trimmed(typed) == null ? null : value(field, () -> parse.apply(typed));
    }

    /**
     * A value built by a kernel type or a rule: a kernel refusal is reported under {@code field},
     * a rule's own violations as they are.
     */
    <T> T value(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException invalid) {
            add(Violation.of(field, invalid));
        } catch (InvalidInputException refused) {
            refused.violations().forEach(this::add);
        }
        return null;
    }

    /** A county that exists today: postings and seats are places people travel to. */
    RegionCode county(String field, String typed) {
        String text = trimmed(typed);
        if (text == null) {
            add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
            return null;
        }
        Optional<Region> region =
                wellFormed(text).flatMap(RegionDirectory.standard()::find).filter(Region::current);
        if (region.isEmpty()) {
            add(Violation.of(field, "UNKNOWN", "employers.invalid.region.UNKNOWN", text));
            return null;
        }
        if (region.get().level() != RegionLevel.COUNTY) {
            add(Violation.of(
                    field,
                    "NOT_COUNTY",
                    "employers.invalid.region.NOT_COUNTY",
                    region.get().name()));
            return null;
        }
        return region.get().code();
    }

    String code(String field, Catalogue catalogue, String typed) {
        String text = trimmed(typed);
        if (text == null) {
            add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
            return null;
        }
        return catalogue.find(text).map(Catalogue.Entry::code).orElseGet(() -> unknown(field, text));
    }

    List<String> codes(String field, Catalogue catalogue, List<String> typed) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (String entry : typed) {
            String text = trimmed(entry);
            if (text != null) {
                catalogue.find(text).ifPresentOrElse(found -> codes.add(found.code()), () -> unknown(field, text));
            }
        }
        return List.copyOf(codes);
    }

    void add(Violation violation) {
        violations.add(violation);
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private String unknown(String field, String text) {
        add(Violation.of(field, "UNKNOWN", "employers.invalid." + field + ".UNKNOWN", text));
        return null;
    }

    private boolean hasProblemWith(String field) {
        return violations.stream().anyMatch(violation -> violation.field().equals(field));
    }

    private static Optional<RegionCode> wellFormed(String text) {
        try {
            return Optional.of(RegionCode.of(text));
        } catch (InvalidValueException malformed) {
            return Optional.empty();
        }
    }

    static String trimmed(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip();
    }
}
