package org.laborbridge.shared;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A division as it is today ({@code current}) or as it was under an earlier code or name.
 * {@code validFrom} and {@code validTo} are the first and last MCA lists naming it, when known:
 * the history starts in December 1980 and the current list carries no dates.
 */
public record Region(
        RegionCode code,
        String name,
        RegionLevel level,
        RegionCode parentCode,
        boolean current,
        YearMonth validFrom,
        YearMonth validTo) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
