package org.laborbridge.fairs;

import java.time.Instant;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/**
 * An application as the caller may see it. {@code workerName} comes from the registry's masked
 * summary; {@code fair}, {@code offer} and {@code interviewAt} are null until there is one;
 * {@code steps} run oldest first, starting with APPLIED.
 */
public record ApplicationView(
        ApplicationId id,
        WorkerId worker,
        String workerName,
        JobPostingId posting,
        EmployerId employer,
        String employerName,
        String postingTitle,
        String jobType,
        FairId fair,
        ApplicationChannel channel,
        ApplicationStatus status,
        OfferTerms offer,
        List<ApplicationStep> steps,
        Instant interviewAt) {

    public ApplicationView {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** When the application came in. */
    public Instant appliedAt() {
        return steps.isEmpty() ? null : steps.get(0).at();
    }
}
