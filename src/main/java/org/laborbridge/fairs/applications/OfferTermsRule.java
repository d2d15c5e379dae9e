package org.laborbridge.fairs.applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.shared.Violation;

/**
 * An offer must be one the worker can hold the employer to: work that starts today or later, a
 * contract of one month to five years, and the wage the posting advertised, not less.
 */
final class OfferTermsRule {

    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 60;

    private OfferTermsRule() {}

    static List<Violation> check(OfferTerms terms, JobPostingView posting, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (terms.startDate().isBefore(today)) {
            violations.add(Violation.of("startDate", "IN_PAST", "invalid.application.startDate.IN_PAST"));
        }
        if (terms.contractMonths() < MIN_MONTHS || terms.contractMonths() > MAX_MONTHS) {
            violations.add(Violation.of(
                    "contractMonths", "RANGE", "invalid.application.contractMonths.RANGE", MIN_MONTHS, MAX_MONTHS));
        }
        if (terms.monthlyWage().compareTo(posting.wageMin()) < 0
                || terms.monthlyWage().compareTo(posting.wageMax()) > 0) {
            violations.add(Violation.of(
                    "monthlyWage",
                    "OUTSIDE_POSTING_RANGE",
                    "invalid.application.monthlyWage.OUTSIDE_POSTING_RANGE",
                    posting.wageMin().toYuanString(),
                    posting.wageMax().toYuanString()));
        }
        return violations;
    }
}
