package org.laborbridge.fairs.core;

/**
 * The leading digits that every county under a region code shares: 433100 → 4331, 370000 → 37.
 * How a prefecture-level filter or target finds the counties below it with a prefix match.
 */
final class RegionPrefix {

    private RegionPrefix() {}

    static String of(String code) {
        String prefix = code;
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
