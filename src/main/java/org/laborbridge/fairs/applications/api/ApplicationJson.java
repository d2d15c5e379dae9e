package org.laborbridge.fairs.applications.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.laborbridge.fairs.ApplicationChannel;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationStep;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.OfferTerms;

/**
 * One application as the API shows it. {@code nextSteps} lists what the caller may do with it now
 * (only on single records); {@code monthlyWage} is in yuan, as text so no digit is lost.
 */
record ApplicationJson(
        String id,
        String worker,
        String workerName,
        String posting,
        String postingTitle,
        String jobType,
        String employer,
        String employerName,
        String fair,
        ApplicationChannel channel,
        ApplicationStatus status,
        Instant appliedAt,
        Instant interviewAt,
        OfferJson offer,
        List<StepJson> steps,
        Set<ApplicationStatus> nextSteps) {

    record OfferJson(LocalDate startDate, int contractMonths, String monthlyWage) {
        static OfferJson of(OfferTerms terms) {
            return terms == null
                    ? null
                    : new OfferJson(
                            terms.startDate(),
                            terms.contractMonths(),
                            terms.monthlyWage().toYuanString());
        }
    }

    record StepJson(ApplicationStatus status, String by, Instant at, String note) {
        static StepJson of(ApplicationStep step) {
            return new StepJson(step.status(), step.by(), step.at(), step.note());
        }
    }

    static ApplicationJson of(ApplicationView view, Set<ApplicationStatus> nextSteps) {
        return new ApplicationJson(
                view.id().toString(),
                view.worker().toString(),
                view.workerName(),
                view.posting().toString(),
                view.postingTitle(),
                view.jobType(),
                view.employer().toString(),
                view.employerName(),
                view.fair() == null ? null : view.fair().toString(),
                view.channel(),
                view.status(),
                view.appliedAt(),
                view.interviewAt(),
                OfferJson.of(view.offer()),
                view.steps().stream().map(StepJson::of).toList(),
                nextSteps);
    }
}
