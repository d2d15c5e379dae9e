package org.laborbridge.workers;

import java.time.Instant;
import java.util.Set;

/** A worker's record was edited; {@code fields} names what changed. */
public record WorkerChanged(WorkerId worker, String householdCounty, Set<String> fields, Instant at) {

    public WorkerChanged {
        fields = Set.copyOf(fields);
    }

    /** The household county was corrected; {@code householdCounty} is the new one. */
    public boolean householdMoved() {
        return fields.contains("householdRegion");
    }
}
