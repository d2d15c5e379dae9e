package org.laborbridge.matching.scoring;

import java.util.List;
import org.laborbridge.workers.WorkerId;

/**
 * The workers seeking work, kept in memory by wanted job type (and those who named none), so that
 * a posting's candidates are the people who want its type; updated in place as profiles change.
 * Thread-safe.
 */
public final class WorkerIndex {

    /** Adds or replaces a worker seeking work. */
    public void put(WorkerFacts worker) {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }

    public void remove(WorkerId worker) {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }

    public int size() {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }

    /** The best {@code n} eligible workers for the posting, best first (ties: registered-poor, then id). */
    public List<Ranked<WorkerFacts>> topFor(PostingFacts posting, int n, MatchScorer scorer) {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }
}
