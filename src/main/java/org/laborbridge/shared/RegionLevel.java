package org.laborbridge.shared;

/** The three GB/T 2260 levels; townships are below the standard's reach. */
public enum RegionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY;

    /** The standard encodes the level in the trailing zeros: xx0000, xxxx00, xxxxxx. */
    static RegionLevel ofCode(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? PREFECTURE : COUNTY;
    }

    public String messageKey() {
        return "region.level." + name();
    }
}
