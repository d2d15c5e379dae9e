package org.laborbridge.placements.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;

/**
 * Dates typed into the pages' forms arrive as text; a malformed one is refused by field, worded in
 * the reader's language, rather than failing the whole request.
 */
final class FormDates {

    private FormDates() {}

    static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidInputException(Violation.of(field, "FORMAT", "placements.invalid.date.FORMAT"));
        }
    }

    /** For filters: a malformed day is simply not a filter. */
    static LocalDate dayOrNull(String text) {
        try {
            return day(text, "day");
        } catch (InvalidInputException malformed) {
            return null;
        }
    }

    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
