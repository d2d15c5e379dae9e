package org.laborbridge.matching.weights;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.WeightSetting;
import org.laborbridge.matching.scoring.MatchScorer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The scorer with the bureau's current weights, for recommendations and fair assignment alike.
 * The stored weights are cached with the time they were set; a change through {@code
 * MatchingWeights} on this node replaces the cache at once, and {@link #reread()} (on each
 * scheduled index load) picks up a change made on another node. Whichever arrives, the later
 * setting wins, so a slow first read or re-read never puts older weights back.
 */
@Component
public class CurrentScorer {

    private final long referenceWageFen;
    private final StoredWeights stored;
    private final AtomicReference<Current> current = new AtomicReference<>();

    private record Current(MatchScorer scorer, Instant setAt) {}

    CurrentScorer(
            @Value("${laborbridge.matching.reference-wage-yuan:5000}") long referenceWageYuan, StoredWeights stored) {
        this.referenceWageFen = referenceWageYuan * 100;
        this.stored = stored;
    }

    public MatchScorer scorer() {
        Current held = current.get();
        return held != null ? held.scorer() : reread();
    }

    /** Reads the stored weights again; the app's other nodes may have changed them. */
    public MatchScorer reread() {
        WeightSetting setting = stored.current();
        return offer(setting.weights(), setting.changedAt());
    }

    void changed(MatchWeights weights, Instant at) {
        offer(weights, at);
    }

    private MatchScorer offer(MatchWeights weights, Instant at) {
        Current offered = new Current(new MatchScorer(weights, referenceWageFen), at);
        return current.accumulateAndGet(
                        offered, (held, fresh) -> held == null || !fresh.setAt().isBefore(held.setAt()) ? fresh : held)
                .scorer();
    }
}
