package org.laborbridge.matching.scoring;

import java.util.List;

/**
 * A worker and a posting scored: total points (factors weighted, plus the priority bonus), whether
 * the hard requirements let them match at all, and every reason in order of weight.
 */
public record Score(int points, boolean eligible, List<Reason> reasons) {

    public Score {
        reasons = List.copyOf(reasons);
    }
}
