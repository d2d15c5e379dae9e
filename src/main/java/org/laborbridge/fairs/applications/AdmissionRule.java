package org.laborbridge.fairs.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.shared.Violation;

/**
 * Whether a posting takes applications today, and through a fair: the posting open, valid today
 * and with an opening left; the fair neither over nor cancelled, and the posting one of those
 * offered there. Each refusal says which, so the worker or caseworker knows what to look for.
 */
final class AdmissionRule {

    private AdmissionRule() {}

    /** {@code fair} and {@code postingsAtFair} are null for an application outside any fair. */
    static List<Violation> check(
            JobPostingView posting, FairView fair, Collection<JobPostingId> postingsAtFair, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        postingRefusal(posting, today).ifPresent(violations::add);
        if (fair != null) {
            if (!fair.acceptsApplicationsOn(today)) {
                String code = fair.status() == FairStatus.CANCELLED ? "CANCELLED" : "FINISHED";
                violations.add(Violation.of("fair", code, "invalid.application.fair." + code));
            }
            if (!postingsAtFair.contains(posting.id())) {
                violations.add(
                        Violation.of("posting", "NOT_AT_FAIR", "invalid.application.posting.NOT_AT_FAIR", fair.name()));
            }
        }
        return violations;
    }

    private static Optional<Violation> postingRefusal(JobPostingView posting, LocalDate today) {
        if (posting.acceptsApplicationsOn(today)) {
            return Optional.empty();
        }
        String code;
        if (posting.status() != PostingStatus.OPEN && posting.status() != PostingStatus.FILLED) {
            code = "NOT_OPEN";
        } else if (posting.openingsLeft() <= 0 || posting.status() == PostingStatus.FILLED) {
            code = "NO_OPENINGS_LEFT";
        } else if (today.isAfter(posting.validUntil())) {
            code = "EXPIRED";
        } else {
            code = "NOT_OPEN";
        }
        return Optional.of(Violation.of("posting", code, "invalid.application.posting." + code));
    }
}
