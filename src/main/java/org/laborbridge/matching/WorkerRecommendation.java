package org.laborbridge.matching;

import java.util.List;
import org.laborbridge.workers.WorkerId;

/**
 * A worker seeking work recommended for a posting, as every role sees them: the resident ID and
 * phone always masked; points, percent of the maximum and the reasons, heaviest first. {@code
 * registeredPoor} is null for an employer: poverty registration is not theirs to learn of a worker
 * who never applied to them, so neither the flag nor the priority reason reaches them.
 */
public record WorkerRecommendation(
        WorkerId worker,
        String name,
        String maskedResidentId,
        String maskedPhone,
        String householdCounty,
        String householdCountyName,
        Boolean registeredPoor,
        int points,
        int percent,
        List<ReasonText> reasons) {

    public WorkerRecommendation {
        reasons = List.copyOf(reasons);
    }
}
