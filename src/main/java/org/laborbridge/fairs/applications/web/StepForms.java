package org.laborbridge.fairs.applications.web;

import java.math.BigDecimal;
import java.time.Instant;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.fairs.applications.StepInput;
import org.laborbridge.shared.BureauTime;

/** The step forms as typed into the page, kept as text so a refused form comes back as typed. */
final class StepForms {

    /** A first working day a week ahead and a one-year contract are what most offers say. */
    static final int DEFAULT_LEAD_DAYS = 7;

    static final int DEFAULT_MONTHS = 12;

    private StepForms() {}

    record InterviewFields(String at, String note) {

        static final InterviewFields EMPTY = new InterviewFields("", "");

        Instant time() {
            return StepInput.interviewTime(at);
        }
    }

    record OfferFields(String startDate, String contractMonths, String monthlyWage) {

        /** The lowest wage the posting advertised: the employer raises it if they mean to. */
        static OfferFields proposedFor(JobPostingView posting) {
            return new OfferFields(
                    BureauTime.today().plusDays(DEFAULT_LEAD_DAYS).toString(),
                    Integer.toString(DEFAULT_MONTHS),
                    new BigDecimal(posting.wageMin().toYuanString())
                            .stripTrailingZeros()
                            .toPlainString());
        }

        OfferTerms terms() {
            return StepInput.offerTerms(startDate, contractMonths, monthlyWage);
        }
    }

    record RejectFields(String reason) {

        static final RejectFields EMPTY = new RejectFields("");
    }
}
