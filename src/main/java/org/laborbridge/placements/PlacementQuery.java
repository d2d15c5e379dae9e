package org.laborbridge.placements;

import java.time.YearMonth;
import org.laborbridge.employers.EmployerId;

/**
 * A filtered list of placements within the caller's scope, newest start first. Every filter is
 * optional; {@code startedIn} is the month the contract starts; {@code page} counts from 0 and
 * {@code size} is 1 to {@link #MAX_SIZE}.
 */
public record PlacementQuery(PlacementStatus status, EmployerId employer, YearMonth startedIn, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PlacementQuery all(int page, int size) {
        return new PlacementQuery(null, null, null, page, size);
    }
}
