package org.laborbridge.matching.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.WeightSetting;

class CurrentScorerTests {

    private static final MatchWeights OLD = MatchWeights.standard();
    private static final MatchWeights NEW = new MatchWeights(10, 20, 30, 20, 20, 5);

    /** The stored row as another node or a slow read sees it. */
    private static final class Stored extends StoredWeights {
        volatile WeightSetting row;

        Stored(MatchWeights weights, Instant at) {
            super(null);
            row = new WeightSetting(weights, "admin", at);
        }

        @Override
        WeightSetting current() {
            return row;
        }
    }

    @Test
    void aReadOfOlderWeightsNeverReplacesALaterChange() {
        Stored stored = new Stored(OLD, Instant.parse("2026-01-01T00:00:00Z"));
        CurrentScorer current = new CurrentScorer(5000, stored);

        current.changed(NEW, Instant.parse("2026-02-01T00:00:00Z"));
        current.reread();

        assertThat(current.scorer().weights()).isEqualTo(NEW);
    }

    @Test
    void aRereadPicksUpWeightsChangedOnAnotherNode() {
        Stored stored = new Stored(OLD, Instant.parse("2026-01-01T00:00:00Z"));
        CurrentScorer current = new CurrentScorer(5000, stored);
        assertThat(current.scorer().weights()).isEqualTo(OLD);

        stored.row = new WeightSetting(NEW, "admin", Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(current.scorer().weights()).as("cached until re-read").isEqualTo(OLD);
        current.reread();

        assertThat(current.scorer().weights()).isEqualTo(NEW);
    }
}
