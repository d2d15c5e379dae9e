package org.laborbridge.matching.sections;

import java.util.Map;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.matching.Recommendations;
import org.laborbridge.workers.WorkerPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/** The ten postings that suit a worker best, on their record for caseworkers, admins and partners. */
@Component
class WorkerRecommendationsSection implements WorkerPageSection {

    static final int SHOWN = 10;

    private final Recommendations recommendations;

    WorkerRecommendationsSection(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public int position() {
        return 15;
    }

    @Override
    public String fragment() {
        return "matching/sections :: worker";
    }

    @Override
    public Map<String, Object> data(WorkerRecord worker) {
        boolean staff = Callers.find()
                .map(caller -> caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER))
                .orElse(false);
        if (!staff) {
            return Map.of();
        }
        return Map.of(
                "worker", worker.id(),
                "recommendations", recommendations.forWorker(worker.id(), SHOWN),
                "maxPoints", recommendations.maxPoints());
    }
}
