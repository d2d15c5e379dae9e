package org.laborbridge.matching.assignment;

import java.util.List;
import org.laborbridge.matching.scoring.MatchScorer;
import org.laborbridge.matching.scoring.PostingFacts;
import org.laborbridge.matching.scoring.WorkerFacts;

/**
 * Assigns a fair's signed-up workers to its postings by worker-proposing deferred acceptance with
 * capacities: never over a posting's openings, at most one posting per worker, stable with respect
 * to the preference lists (see the contract), registered-poor workers first among equals. Pure.
 */
public final class FairAssignment {

    /** How many of a worker's best postings their preference list keeps. */
    public static final int DEFAULT_LIST_LENGTH = 50;

    /**
     * {@code workers} in sign-up order (earlier wins a tie after registered-poor status);
     * {@code postings} with their openings left.
     */
    public static AssignmentResult assign(
            List<WorkerFacts> workers, List<PostingFacts> postings, MatchScorer scorer, int listLength) {
        throw new UnsupportedOperationException("to be built (issue 8, M2)");
    }
}
