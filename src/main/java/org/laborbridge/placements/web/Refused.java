package org.laborbridge.placements.web;

import java.util.List;
import java.util.Locale;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.web.Refusals;
import org.springframework.context.MessageSource;

/** A refusal as a page shows it: which form failed and each reason in the reader's language. */
record Refused(String form, List<String> messages) {

    static Refused of(String form, InvalidInputException invalid, MessageSource messages, Locale locale) {
        return new Refused(form, Refusals.all(invalid, messages, locale));
    }
}
