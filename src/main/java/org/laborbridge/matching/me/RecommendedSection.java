package org.laborbridge.matching.me;

import java.util.Map;
import org.laborbridge.matching.Recommendations;
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

    @Override
    public Map<String, Object> data(WorkerRecord me) {
        return Map.of(
                "recommendations",
                recommendations.forWorker(me.id(), SHOWN),
                "seeking",
                me.situation() == Situation.SEEKING);
    }
}
