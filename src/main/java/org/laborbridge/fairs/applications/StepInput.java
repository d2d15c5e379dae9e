package org.laborbridge.fairs.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;

/**
 * Step input typed as text, by the pages and the API alike, read into values; a typo is refused
 * under its field's name, with every other typo of the same input.
 */
public final class StepInput {

    private StepInput() {}

    /** ISO date-time with an offset, or without one in the bureau's time (what a page's picker sends). */
    public static Instant interviewTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(BureauTime.ZONE).toInstant();
            } catch (DateTimeParseException unreadable) {
                throw new InvalidInputException(Violation.of("at", "FORMAT", "invalid.field.FORMAT"));
            }
        }
    }

    /** {@code monthlyWage} in yuan, such as {@code 5200} or {@code 5200.50}. */
    public static OfferTerms offerTerms(String startDate, String contractMonths, String monthlyWage) {
        List<Violation> violations = new ArrayList<>();
        LocalDate start = read("startDate", startDate, LocalDate::parse, violations);
        Integer months = read("contractMonths", contractMonths, Integer::valueOf, violations);
        Money wage = read("monthlyWage", monthlyWage, Money::ofYuan, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new OfferTerms(start, months, wage);
    }

    private static <T> T read(String field, String text, Function<String, T> parse, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(field, "REQUIRED", "invalid.field.REQUIRED"));
            return null;
        }
        try {
            return parse.apply(text.strip());
        } catch (InvalidValueException invalid) {
            violations.add(Violation.of(field, invalid));
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            violations.add(Violation.of(field, "FORMAT", "invalid.field.FORMAT"));
        }
        return null;
    }
}
