package org.laborbridge.fairs.core;

import java.util.ArrayList;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.shared.Violation;

/**
 * An employer brings at least one posting, only its own, and only open ones: a fair is where
 * people apply, and a draft or closed posting takes no applications.
 */
final class PostingsRule {

    private PostingsRule() {}

    /** {@code found} are the postings among {@code requested} the caller could see. */
    static List<Violation> refusals(EmployerId employer, List<JobPostingId> requested, List<JobPostingView> found) {
        List<Violation> problems = new ArrayList<>();
        if (requested.isEmpty()) {
            problems.add(Violation.of("postings", "REQUIRED", "invalid.fair.postings.REQUIRED"));
        }
        for (JobPostingId id : requested) {
            JobPostingView posting =
                    found.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
            if (posting == null || !posting.employerId().equals(employer)) {
                problems.add(Violation.of("postings", "NOT_OWN_POSTING", "invalid.fair.postings.NOT_OWN_POSTING", id));
            } else if (posting.status() != PostingStatus.OPEN) {
                problems.add(Violation.of("postings", "NOT_OPEN", "invalid.fair.postings.NOT_OPEN", posting.title()));
            }
        }
        return problems;
    }
}
