package org.laborbridge.subsidies.policy;

import org.laborbridge.shared.RegionCode;

/**
 * A region code at any level covers the counties under it: 433100 (Xiangxi) covers 433122, 430000
 * (Hunan) covers both. The same prefix rule as a partner's scope in identity.
 */
final class RegionCover {

    private RegionCover() {}

    static boolean covers(RegionCode scope, RegionCode county) {
        return county.value().startsWith(significantPrefix(scope));
    }

    /** Two scopes share a county exactly when one lies inside the other. */
    static boolean overlap(RegionCode one, RegionCode other) {
        return covers(one, other) || covers(other, one);
    }

    private static String significantPrefix(RegionCode code) {
        String prefix = code.value();
        while (prefix.length() > 2 && prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return prefix;
    }
}
