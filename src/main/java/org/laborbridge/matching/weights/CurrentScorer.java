package org.laborbridge.matching.weights;

import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.scoring.MatchScorer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The scorer with the bureau's current weights, for recommendations and fair assignment alike.
 * Starts from the standard weights and the configured reference wage.
 */
@Component
public class CurrentScorer {

    private final long referenceWageFen;

    CurrentScorer(@Value("${laborbridge.matching.reference-wage-yuan:5000}") long referenceWageYuan) {
        this.referenceWageFen = referenceWageYuan * 100;
    }

    public MatchScorer scorer() {
        return new MatchScorer(MatchWeights.standard(), referenceWageFen);
    }
}
