package org.laborbridge.placements.core;

import java.util.LinkedHashMap;
import java.util.Map;
import org.laborbridge.placements.PlacementAgreed;
import org.laborbridge.placements.PlacementEnded;
import org.laborbridge.placements.PlacementStarted;
import org.laborbridge.placements.RetentionChecked;
import org.laborbridge.placements.SocialInsuranceConfirmed;
import org.laborbridge.workers.WorkerHistory;
import org.springframework.stereotype.Component;

/**
 * Writes each step of a placement onto the worker's whole-process timeline, from the same events
 * other modules hear, so the timeline and the events never tell different stories. Details are
 * codes and dates (worded by the timeline in the reader's language) and the enterprise's name,
 * which is public.
 */
@Component
class PlacementTimeline {

    static final String PLACED = "PLACED";
    static final String PLACEMENT_STARTED = "PLACEMENT_STARTED";
    static final String RETENTION_CHECKED = "RETENTION_CHECKED";
    static final String PLACEMENT_ENDED = "PLACEMENT_ENDED";
    static final String SOCIAL_INSURANCE_CONFIRMED = "SOCIAL_INSURANCE_CONFIRMED";

    private final WorkerHistory history;

    PlacementTimeline(WorkerHistory history) {
        this.history = history;
    }

    void record(Object event, String employerName, String jobType) {
        if (event instanceof PlacementAgreed agreed) {
            history.record(
                    agreed.worker(),
                    PLACED,
                    details(
                            "employer", employerName,
                            "jobType", jobType,
                            "startDate", agreed.startDate().toString()));
        } else if (event instanceof PlacementStarted started) {
            history.record(
                    started.worker(),
                    PLACEMENT_STARTED,
                    details(
                            "employer",
                            employerName,
                            "startDate",
                            started.startedOn().toString()));
        } else if (event instanceof RetentionChecked checked) {
            history.record(
                    checked.worker(),
                    RETENTION_CHECKED,
                    details(
                            "employer", employerName,
                            "month", String.valueOf(checked.month()),
                            "outcome", checked.outcome().name()));
        } else if (event instanceof PlacementEnded ended) {
            history.record(
                    ended.worker(),
                    PLACEMENT_ENDED,
                    details(
                            "employer",
                            employerName,
                            "leftOn",
                            ended.leftOn().toString(),
                            "reason",
                            ended.reason().name()));
        } else if (event instanceof SocialInsuranceConfirmed confirmed) {
            history.record(
                    confirmed.worker(),
                    SOCIAL_INSURANCE_CONFIRMED,
                    details(
                            "employer",
                            employerName,
                            "socialInsuranceSince",
                            confirmed.since().toString()));
        } else {
            throw new IllegalArgumentException("Not a placement step: " + event);
        }
    }

    private static Map<String, String> details(String... fieldsAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            details.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return details;
    }
}
