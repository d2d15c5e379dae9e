package org.laborbridge.workers;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step in a worker's whole-process history. {@code kind} is {@link #REGISTERED},
 * {@link #CHANGED}, {@link #POOR_STATUS_CONFIRMED} or {@link #DUPLICATE_DECIDED}; {@code changes}
 * maps a field to its old and new value, ID and phone numbers masked.
 */
public record TimelineEntry(Instant at, String actor, String kind, Map<String, Change> changes) {

    public static final String REGISTERED = "REGISTERED";
    public static final String CHANGED = "CHANGED";
    public static final String POOR_STATUS_CONFIRMED = "POOR_STATUS_CONFIRMED";
    public static final String DUPLICATE_DECIDED = "DUPLICATE_DECIDED";

    public TimelineEntry {
        changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    public record Change(String from, String to) {}
}
