package org.laborbridge.shared.web;

import java.util.List;
import java.util.Locale;

/** The three languages LaborBridge speaks, and how other Chinese variants map onto them. */
public final class SupportedLanguages {

    public static final Locale SIMPLIFIED = Locale.SIMPLIFIED_CHINESE;
    public static final Locale TRADITIONAL = Locale.TRADITIONAL_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = SIMPLIFIED;
    public static final List<Locale> ALL = List.of(SIMPLIFIED, TRADITIONAL, ENGLISH);

    private SupportedLanguages() {}

    /** The supported language closest to the given one, or null when none is. */
    public static Locale match(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty() || "*".equals(locale.toLanguageTag())) {
            return null;
        }
        if ("en".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        if (!"zh".equals(locale.getLanguage())) {
            return null;
        }
        boolean traditional =
                "Hant".equals(locale.getScript()) || List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? TRADITIONAL : SIMPLIFIED;
    }
}
