package org.laborbridge.reporting.figures;

/**
 * The digits a region's counties share: 433100 (a prefecture) covers 4331xx, 430000 (a province)
 * 43xxxx, a county only itself — the same reading as a partner's scope.
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
