package org.laborbridge.workers.imports;

import java.util.List;
import java.util.UUID;
import org.laborbridge.shared.Violation;

/** An import as remembered: while running, {@code total} is the number of rows read so far. */
record ImportRecord(
        UUID id,
        String fileName,
        ImportMode mode,
        ImportStatus status,
        int total,
        int accepted,
        int rejected,
        int skipped,
        List<Violation> errors,
        int errorsOmitted,
        String startedBy) {}
