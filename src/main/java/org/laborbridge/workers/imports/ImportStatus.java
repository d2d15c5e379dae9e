package org.laborbridge.workers.imports;

enum ImportStatus {
    RUNNING,
    DONE,
    FAILED
}
