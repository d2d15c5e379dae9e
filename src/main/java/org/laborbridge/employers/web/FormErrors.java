package org.laborbridge.employers.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a refusal into the messages shown next to each field, in the user's language. */
@Component
class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, List<String>> byField(InvalidInputException refused, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Violation violation : refused.violations()) {
            errors.computeIfAbsent(violation.field(), field -> new ArrayList<>())
                    .add(messages.getMessage(
                            violation.messageKey(), violation.arguments().toArray(), violation.messageKey(), locale));
        }
        return errors;
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
