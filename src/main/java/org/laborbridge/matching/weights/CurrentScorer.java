package org.laborbridge.matching.weights;

import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.scoring.MatchScorer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The scorer with the bureau's current weights, for recommendations and fair assignment alike.
 * The stored weights are read once and cached; a change through {@code MatchingWeights} replaces
 * the cache at once, so every score after it uses the new weights.
 */
@Component
public class CurrentScorer {

    private final long referenceWageFen;
    private final StoredWeights stored;
    private volatile MatchScorer scorer;

    CurrentScorer(
            @Value("${laborbridge.matching.reference-wage-yuan:5000}") long referenceWageYuan, StoredWeights stored) {
        this.referenceWageFen = referenceWageYuan * 100;
        this.stored = stored;
    }

    public MatchScorer scorer() {
        MatchScorer current = scorer;
        if (current == null) {
            current = new MatchScorer(stored.current().weights(), referenceWageFen);
            scorer = current;
        }
        return current;
    }

    void changed(MatchWeights weights) {
        scorer = new MatchScorer(weights, referenceWageFen);
    }
}
