package org.laborbridge.employers.registry;

import java.util.Locale;
import org.laborbridge.shared.ChineseText;

/** What people type into a search box, as the key names are stored under and as LIKE patterns. */
final class SearchText {

    private SearchText() {}

    /** Simplified script, lower case: 濟南 and 济南 find the same enterprise. */
    static String key(String text) {
        return ChineseText.normalise(text).toLowerCase(Locale.ROOT);
    }

    /** {@code %} and {@code _} typed by people are literal characters, not wildcards. */
    static String contains(String key) {
        return "%" + literal(key) + "%";
    }

    static String prefix(String key) {
        return literal(key) + "%";
    }

    private static String literal(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
