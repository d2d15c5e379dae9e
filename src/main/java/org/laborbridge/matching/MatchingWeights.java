package org.laborbridge.matching;

import java.util.List;

/**
 * The bureau's matching weights: everyone signed in may read them (they explain the points on
 * every recommendation); only ADMIN changes them, and each change is kept with who and when.
 */
public interface MatchingWeights {

    WeightSetting current();

    /** Newest first, at most {@code limit}. */
    List<WeightSetting> history(int limit);

    /**
     * ADMIN only. Weights that are negative, above 100 or all zero are refused by
     * {@link MatchWeights} itself, field by field, and nothing is stored.
     */
    WeightSetting change(MatchWeights weights);

    boolean mayChange();
}
