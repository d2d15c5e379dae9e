package org.laborbridge.matching.me;

import java.util.Map;
import org.laborbridge.matching.Recommendations;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.MyPageSection;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/**
 * The five open postings that suit the worker best, each with its main reasons and the way to
 * the posting's page, where the worker applies.
 */
@Component
class RecommendedSection implements MyPageSection {

    static final int SHOWN = 5;

    private final Recommendations recommendations;

    RecommendedSection(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public int position() {
        return 35;
    }

    @Override
    public String fragment() {
        return "matching/sections :: me";
    }

    /**
     * Matching holds only workers seeking work with some labor capacity; a worker left out says
     * why: not seeking, or seeking but recorded without labor capacity.
     */
    @Override
    public Map<String, Object> data(WorkerRecord me) {
        boolean seekingSituation = me.situation() == Situation.SEEKING;
        boolean noCapacity = seekingSituation && me.laborCapacity() == LaborCapacity.NONE;
        return Map.of(
                "recommendations",
                recommendations.forWorker(me.id(), SHOWN),
                "seeking",
                seekingSituation && !noCapacity,
                "noCapacity",
                noCapacity);
    }
}
