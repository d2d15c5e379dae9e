package org.laborbridge.workers.imports;

import java.util.List;
import org.laborbridge.shared.Violation;

/** What an import did: rows read, added, refused and skipped as registered already, with the reasons. */
record ImportOutcome(int total, int accepted, int rejected, int skipped, List<Violation> errors, int errorsOmitted) {

    static ImportOutcome refused(List<Violation> fileProblems) {
        return new ImportOutcome(0, 0, 0, 0, fileProblems, 0);
    }
}
