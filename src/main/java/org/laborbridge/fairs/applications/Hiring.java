package org.laborbridge.fairs.applications;

import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.placements.NewPlacement;
import org.laborbridge.placements.Placements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an accepted offer sets going in the other modules: one opening of the posting is taken and
 * the placement starts. It runs inside the acceptance's transaction, so a refusal from either
 * (no opening left, an overlapping placement) undoes both and leaves the offer open.
 */
@Component
class Hiring {

    private final JobPostings postings;
    private final Placements placements;

    Hiring(JobPostings postings, Placements placements) {
        this.postings = postings;
        this.placements = placements;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void hire(Particulars application, OfferTerms terms) {
        JobPostingView posting = postings.fill(application.posting());
        placements.place(new NewPlacement(
                application.worker(),
                application.householdCounty(),
                application.employer(),
                application.posting(),
                application.id().value(),
                terms.startDate(),
                terms.contractMonths(),
                terms.monthlyWage(),
                posting.workRegion(),
                posting.workAddress(),
                posting.jobType()));
    }
}
