package org.laborbridge.shared;

import java.text.Normalizer;

/** How typed or imported identifiers are cleaned before they are judged. */
final class TypedInput {

    private TypedInput() {}

    /**
     * NFKC turns full-width digits and letters (what Chinese input methods often produce) and the
     * ideographic space into their ASCII forms, so the strip afterwards removes U+3000 as well.
     */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allAsciiDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
