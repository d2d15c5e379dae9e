package org.laborbridge.transport.web;

import java.util.List;
import java.util.Map;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A refusal as a page shows it: which form failed (a trip action, one manifest line, the add panel)
 * and each reason in the reader's language. A reason about one row of a list names that row's
 * person, so "the bus is full" points at whom it refused.
 */
record Refused(String form, List<String> messages) {

    static Refused of(String form, InvalidInputException invalid, MessageSource messages) {
        return of(form, invalid, messages, Map.of());
    }

    static Refused of(String form, InvalidInputException invalid, MessageSource messages, Map<Integer, String> rows) {
        return new Refused(
                form,
                invalid.violations().stream()
                        .map(violation -> worded(violation, messages, rows))
                        .toList());
    }

    private static String worded(Violation violation, MessageSource messages, Map<Integer, String> rows) {
        String message = Refusals.message(violation, messages, LocaleContextHolder.getLocale());
        String row = violation.row() == null ? null : rows.get(violation.row());
        return row == null ? message : row + ": " + message;
    }
}
