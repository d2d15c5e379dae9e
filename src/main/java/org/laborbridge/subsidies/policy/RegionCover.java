package org.laborbridge.subsidies.policy;

import org.laborbridge.shared.RegionCode;

/**
 * A region code at any level covers the counties under it: 433100 (Xiangxi) covers 433122, 430000
 * (Hunan) covers both. The same prefix rule as a partner's scope in identity.
 */
final class RegionCover {

    private RegionCover() {}

    static boolean covers(RegionCode scope, RegionCode county) {
        return county.value().startsWith(scope.coveringPrefix());
    }

    /** Two scopes share a county exactly when one lies inside the other. */
    static boolean overlap(RegionCode one, RegionCode other) {
        return covers(one, other) || covers(other, one);
    }
}
