package org.laborbridge.workers;

import java.util.Map;

/**
 * Lets the modules downstream of the registry (fairs, placements, transport, subsidies) add their
 * steps to a worker's whole-process timeline without the registry knowing about them. The caller
 * has already checked that the current user may act on the worker; the step is written in the
 * caller's transaction. {@code kind} names the step (wording key {@code worker.timeline.kind.<kind>}
 * in any module's bundle); {@code details} maps a field to a code or an already masked value,
 * worded by key {@code worker.timeline.field.<field>}.
 */
public interface WorkerHistory {

    void record(WorkerId worker, String kind, Map<String, String> details);
}
