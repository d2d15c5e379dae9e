package org.laborbridge.transport;

import java.time.LocalDate;
import org.laborbridge.placements.PlacementId;

/**
 * Transport demands in the caller's scope, earliest travel window first. Optional filters:
 * {@code region} (household county, any level), and a window [{@code from}, {@code to}] the
 * travel window must overlap, and {@code placement} (the demands of one placement, so a
 * placement's page can link to its transport).
 */
public record DemandQuery(
        DemandStatus status, String region, LocalDate from, LocalDate to, int page, int size, PlacementId placement) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
}
