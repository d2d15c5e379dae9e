package org.laborbridge.matching.scoring;

import java.util.List;
import org.laborbridge.employers.JobPostingId;

/**
 * The open postings with openings left, kept in memory by job type so that a worker's candidates
 * are the postings of the types they want; updated in place as postings open, fill and close.
 * Thread-safe: readers never see a half-applied change.
 */
public final class PostingIndex {

    /** Adds or replaces a posting; one without openings left is removed instead. */
    public void put(PostingFacts posting) {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }

    public void remove(JobPostingId posting) {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }

    public int size() {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }

    /** The best {@code n} eligible postings for the worker, best first (ties: posting id). */
    public List<Ranked<PostingFacts>> topFor(WorkerFacts worker, int n, MatchScorer scorer) {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }
}
