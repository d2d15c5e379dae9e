package org.laborbridge.workers.imports;

import java.util.List;
import java.util.Locale;

/** The languages a roster may be written in; templates exist in each. */
final class ImportLanguages {

    static final List<Locale> ALL = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    private ImportLanguages() {}

    /** The supported language closest to the caller's, Simplified Chinese when nothing fits. */
    static Locale closest(Locale locale) {
        if (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return Locale.ENGLISH;
        }
        boolean traditional =
                "Hant".equals(locale.getScript()) || List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
    }

    static String tag(Locale locale) {
        return closest(locale).toLanguageTag();
    }
}
