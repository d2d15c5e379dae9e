package org.laborbridge.transport.trips;

import java.util.Collection;
import org.laborbridge.workers.WorkerId;
import org.springframework.stereotype.Component;

/**
 * The per-worker lock every listing takes, for callers that must take it before locking
 * anything else: listing a traveller takes the worker's lock and then (through its event) the
 * worker's demand row, so whoever locks demand rows and then lists must take the workers' locks
 * first, or the two wait on each other.
 */
@Component
public class TravellerLocks {

    private final TripRows rows;

    TravellerLocks(TripRows rows) {
        this.rows = rows;
    }

    /** Held until the surrounding transaction ends; taken in one order, so taking them twice is harmless. */
    public void lock(Collection<WorkerId> workers) {
        rows.lockWorkers(workers);
    }
}
