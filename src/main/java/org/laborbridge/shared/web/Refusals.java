package org.laborbridge.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The reasons a service refused input, worded in the page's language for a form to show. */
public final class Refusals {

    private Refusals() {}

    /** Messages by field name, for showing each next to its input. */
    public static Map<String, List<String>> byField(InvalidInputException invalid, MessageSource messages) {
        return byField(invalid.violations(), messages, LocaleContextHolder.getLocale());
    }

    public static Map<String, List<String>> byField(
            InvalidInputException invalid, MessageSource messages, Locale locale) {
        return byField(invalid.violations(), messages, locale);
    }

    public static Map<String, List<String>> byField(List<Violation> violations, MessageSource messages, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Violation violation : violations) {
            errors.computeIfAbsent(violation.field(), field -> new ArrayList<>())
                    .add(message(violation, messages, locale));
        }
        return errors;
    }

    /** Every message, for a page that shows them together. */
    public static List<String> all(InvalidInputException invalid, MessageSource messages) {
        return all(invalid, messages, LocaleContextHolder.getLocale());
    }

    public static List<String> all(InvalidInputException invalid, MessageSource messages, Locale locale) {
        return invalid.violations().stream()
                .map(violation -> message(violation, messages, locale))
                .toList();
    }

    public static String message(Violation violation, MessageSource messages, Locale locale) {
        return messages.getMessage(
                violation.messageKey(), violation.arguments().toArray(), violation.messageKey(), locale);
    }
}
