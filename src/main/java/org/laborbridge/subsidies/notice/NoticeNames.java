package org.laborbridge.subsidies.notice;

/**
 * A person's name as the public notice shows it: the family name (the first character) and one
 * star for each character after it, {@code 向**}; a name of one character still gets one star.
 */
final class NoticeNames {

    private NoticeNames() {}

    static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        String stripped = name.strip();
        int length = stripped.codePointCount(0, stripped.length());
        int firstEnd = stripped.offsetByCodePoints(0, 1);
        return stripped.substring(0, firstEnd) + "*".repeat(Math.max(1, length - 1));
    }
}
