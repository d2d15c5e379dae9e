package org.laborbridge.transport.forms;

import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;

/**
 * Ids named in a page's or the API's path: a malformed one names nothing, so it answers 404 like
 * an id that does not exist (or lies outside the caller's sight).
 */
public final class PathIds {

    private PathIds() {}

    public static TripId trip(String id) {
        return TripId.parse(id).orElseThrow(() -> new RecordNotFoundException("trip", id));
    }

    public static WorkerId traveller(String id) {
        return WorkerId.parse(id).orElseThrow(() -> new RecordNotFoundException("traveller", id));
    }

    public static DemandId demand(String id) {
        return DemandId.parse(id).orElseThrow(() -> new RecordNotFoundException("demand", id));
    }
}
