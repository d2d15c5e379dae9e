package org.laborbridge.matching.weights;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.MatchingWeights;
import org.laborbridge.matching.WeightSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reading and changing the weights; a change takes effect for the next score computed. */
@Service
@Transactional
class WeightsService implements MatchingWeights {

    private static final Logger log = LoggerFactory.getLogger(WeightsService.class);
    static final int MAX_HISTORY = 100;

    private final StoredWeights stored;
    private final CurrentScorer scorer;

    WeightsService(StoredWeights stored, CurrentScorer scorer) {
        this.stored = stored;
        this.scorer = scorer;
    }

    @Override
    @Transactional(readOnly = true)
    public WeightSetting current() {
        Callers.current();
        return stored.current();
    }

    @Override
    @Transactional(readOnly = true)
    public List<WeightSetting> history(int limit) {
        Callers.current();
        return stored.history(Math.max(1, Math.min(limit, MAX_HISTORY)));
    }

    @Override
    public WeightSetting change(MatchWeights weights) {
        Caller caller = Callers.current();
        if (!caller.is(Role.ADMIN)) {
            throw new AccessDeniedException("Only ADMIN sets the matching weights");
        }
        // Checked again here, since a record can also be built by deserialisation paths that skip nothing.
        MatchWeights checked = new MatchWeights(
                weights.jobType(),
                weights.skills(),
                weights.place(),
                weights.wage(),
                weights.housing(),
                weights.poorPriorityBonus());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        stored.replace(checked, caller.username(), now);
        // The cache follows the stored row only once it is committed.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scorer.changed(checked, now);
            }
        });
        log.info("Matching weights set by {}: {}", caller.username(), checked);
        return new WeightSetting(checked, caller.username(), now);
    }

    @Override
    public boolean mayChange() {
        return Callers.find().map(caller -> caller.is(Role.ADMIN)).orElse(false);
    }
}
