package org.laborbridge.workers.web;

import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workers.WorkerId;

/** Reads a worker id from a path: a malformed one is a worker that does not exist. */
final class WorkerPaths {

    private WorkerPaths() {}

    static WorkerId workerId(String text) {
        return WorkerId.parse(text).orElseThrow(() -> new RecordNotFoundException("Worker", text));
    }
}
