package org.laborbridge.subsidies.applications;

import java.util.LinkedHashMap;
import java.util.Map;
import org.laborbridge.workers.WorkerHistory;
import org.springframework.stereotype.Component;

/**
 * A claim's milestones on the worker's whole-process timeline: applied, approved, rejected (paid is
 * the payments' to write). Details are the policy code, the claim number and the amount, worded by
 * the timeline in the reader's language.
 */
@Component
class ClaimTimeline {

    static final String APPLIED = "SUBSIDY_APPLIED";
    static final String APPROVED = "SUBSIDY_APPROVED";
    static final String REJECTED = "SUBSIDY_REJECTED";

    private final WorkerHistory history;

    ClaimTimeline(WorkerHistory history) {
        this.history = history;
    }

    void record(Claim claim, String kind) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("subsidyPolicy", claim.policyCode);
        details.put("subsidyNumber", claim.number);
        details.put("subsidyAmount", claim.amount.toDisplayString());
        history.record(claim.worker, kind, details);
    }
}
