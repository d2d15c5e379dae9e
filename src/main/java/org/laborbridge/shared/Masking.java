package org.laborbridge.shared;

/**
 * Masks identifiers for display and logs. Works on any string, valid or not, because legacy
 * imports and rejected input must be maskable too; it never reveals more than the first and last
 * few characters and always hides a minimum number of them.
 */
public final class Masking {

    private static final char MASK = '*';

    private Masking() {}

    /** {@code 430124********1234}: region of issue and last four stay visible. */
    public static String residentId(String raw) {
        return keepEnds(raw, 6, 4, 8);
    }

    /** {@code 138****5678}: carrier prefix and last four stay visible. */
    public static String phone(String raw) {
        return keepEnds(raw, 3, 4, 4);
    }

    /**
     * {@code 6222***********1234}: bank and last four stay visible on an account of 12 or more
     * digits; a shorter one shows its last four only, so at least four digits are always hidden.
     */
    public static String bankAccount(String raw) {
        return keepEnds(raw, 4, 4, 4);
    }

    /**
     * Shows {@code head} leading and {@code tail} trailing characters only if at least
     * {@code minHidden} remain hidden; otherwise gives up the head, then everything, so a short or
     * odd value is never shown nearly whole.
     */
    private static String keepEnds(String raw, int head, int tail, int minHidden) {
        if (raw == null) {
            return "";
        }
        String value = raw.strip();
        int length = value.codePointCount(0, value.length());
        if (length - head - tail >= minHidden) {
            return slice(value, 0, head) + stars(length - head - tail) + slice(value, length - tail, length);
        }
        if (length - tail >= minHidden) {
            return stars(length - tail) + slice(value, length - tail, length);
        }
        return stars(length);
    }

    private static String slice(String value, int fromCodePoint, int toCodePoint) {
        int from = value.offsetByCodePoints(0, fromCodePoint);
        int to = value.offsetByCodePoints(0, toCodePoint);
        return value.substring(from, to);
    }

    private static String stars(int count) {
        return String.valueOf(MASK).repeat(count);
    }
}
