package org.laborbridge.workshops.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Forms arrive as text: what cannot be read as a date, number or choice becomes missing, so that
 * the service names the field in the user's language instead of a binding error.
 */
final class Fields {

    private Fields() {}

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    static Integer integer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
