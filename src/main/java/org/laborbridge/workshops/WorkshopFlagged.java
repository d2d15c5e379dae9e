package org.laborbridge.workshops;

import java.time.Instant;
import java.util.List;

/** A workshop fell below the recognition criteria named in {@code unmet}. */
public record WorkshopFlagged(WorkshopId workshop, String county, List<String> unmet, Instant at) {

    public WorkshopFlagged {
        unmet = List.copyOf(unmet);
    }
}
