package org.laborbridge.workers.web;

import java.util.List;
import java.util.Locale;
import org.laborbridge.shared.Catalogue;

/** One catalogue entry as a form offers it: the stored code and the name in the page's language. */
record Choice(String code, String name) {

    static List<Choice> of(Catalogue catalogue, Locale locale) {
        return catalogue.entries().stream()
                .map(entry -> new Choice(entry.code(), entry.name(locale)))
                .toList();
    }
}
