package org.laborbridge.employers.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.web.Refusals;
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
        return Refusals.byField(refused, messages, locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
