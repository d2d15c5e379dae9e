package org.laborbridge.shared;

/**
 * A GB/T 2260 administrative division code: six digits. Only the format is checked here;
 * whether the code was ever assigned is a question for {@link RegionDirectory}.
 */
public record RegionCode(String value) {

    public RegionCode {
        value = normalise(value);
        if (value.length() != 6 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("regionCode", "FORMAT");
        }
    }

    /**
     * The digits every region inside {@code code} starts with: 433100 (a prefecture) covers 4331xx,
     * 430000 (a province) 43xxxx, a county only itself. Scopes, filters and policies all read a
     * region this way.
     */
    public static String coveringPrefix(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }

    /** {@link #coveringPrefix(String)} of this code. */
    public String coveringPrefix() {
        return coveringPrefix(value);
    }

    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    /** Codes typed into forms or spreadsheets often carry spaces or full-width digits. */
    private static String normalise(String raw) {
        if (raw == null) {
            throw new InvalidValueException("regionCode", "FORMAT");
        }
        StringBuilder digits = new StringBuilder(6);
        raw.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .forEach(digits::appendCodePoint);
        return digits.toString();
    }

    RegionLevel level() {
        return RegionLevel.ofCode(value);
    }

    String prefecturePrefix() {
        return value.substring(0, 4);
    }

    String provincePrefix() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
