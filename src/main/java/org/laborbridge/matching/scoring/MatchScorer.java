package org.laborbridge.matching.scoring;

import org.laborbridge.matching.MatchWeights;

/**
 * Scores a worker against a posting by the factors and hard requirements of the contract, with the
 * bureau's weights. Pure and thread-safe.
 */
public final class MatchScorer {

    private final MatchWeights weights;
    private final long referenceWageFen;

    public MatchScorer(MatchWeights weights, long referenceWageFen) {
        this.weights = weights;
        this.referenceWageFen = referenceWageFen;
    }

    /** The score with every reason, for showing. */
    public Score score(WorkerFacts worker, PostingFacts posting) {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }

    /** The points alone, or -1 when a hard requirement excludes the pair: the fast path for ranking. */
    public int points(WorkerFacts worker, PostingFacts posting) {
        throw new UnsupportedOperationException("to be built (issue 8, M1)");
    }

    public MatchWeights weights() {
        return weights;
    }

    public long referenceWageFen() {
        return referenceWageFen;
    }
}
