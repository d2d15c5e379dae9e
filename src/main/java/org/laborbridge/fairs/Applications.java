package org.laborbridge.fairs;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/**
 * Workers' applications to job postings and the employer's answers, up to the accepted offer that
 * becomes a placement. Who sees what: the worker their own, an EMPLOYER those to its own
 * postings, bureau staff all, a PARTNER those of workers from its regions; anything else answers
 * as if it did not exist ({@code RecordNotFoundException}). Refusals are
 * {@code InvalidInputException}s naming the field and a stable code; nothing is changed then.
 */
public interface Applications {

    /**
     * A WORKER for themselves, ADMIN and CASEWORKER for anyone, a PARTNER for workers of its
     * regions; {@code fair} may be null. Refused: posting NOT_OPEN, EXPIRED or NO_OPENINGS_LEFT;
     * fair FINISHED or CANCELLED, or posting NOT_AT_FAIR; posting ALREADY_APPLIED while an earlier
     * application to it is still active.
     */
    ApplicationView apply(WorkerId worker, JobPostingId posting, FairId fair);

    /**
     * At an ON_SITE fair, the posting's employer (or bureau staff) records that a worker signed up
     * for the fair intends to take the job: an APPLIED application through channel ON_SITE.
     * Refused: fair NOT_ON_SITE, posting NOT_AT_FAIR, worker NOT_SIGNED_UP, and as {@link #apply}.
     */
    ApplicationView recordIntention(FairId fair, JobPostingId posting, WorkerId worker);

    /** The employer (or bureau staff for it); {@code at} and {@code note} may be null. */
    ApplicationView inviteToInterview(ApplicationId id, Instant at, String note);

    /**
     * The employer (or bureau staff for it), from APPLIED or INTERVIEW. Refused: startDate
     * IN_PAST, contractMonths RANGE (1 to 60), monthlyWage OUTSIDE_POSTING_RANGE.
     */
    ApplicationView offer(ApplicationId id, OfferTerms terms);

    /**
     * The worker (or ADMIN/CASEWORKER for them) takes the offered job. In one transaction: one
     * opening of the posting is filled and a placement starts on the offered terms; when either
     * is refused (posting NO_OPENINGS_LEFT, startDate OVERLAPPING_PLACEMENT …) nothing changes.
     */
    ApplicationView accept(ApplicationId id);

    /** The worker (or ADMIN/CASEWORKER for them) turns the offer down. */
    ApplicationView decline(ApplicationId id);

    /** The worker, ADMIN, CASEWORKER, or a PARTNER for a worker of its regions; before ACCEPTED. */
    ApplicationView withdraw(ApplicationId id);

    /** The employer (or bureau staff for it), before ACCEPTED; {@code reason} may be null. */
    ApplicationView reject(ApplicationId id, String reason);

    ApplicationView find(ApplicationId id);

    /**
     * The statuses the current caller may move this application to now: what a page offers as
     * buttons. Empty when the application is settled or the caller may only look.
     */
    Set<ApplicationStatus> nextStepsFor(ApplicationView application);

    /** Newest first. The worker themselves, bureau staff, or a PARTNER of the worker's region. */
    List<ApplicationView> ofWorker(WorkerId worker);

    /** Applications to the enterprise's postings; {@code status} null for all. */
    ApplicationPage ofEmployer(EmployerId employer, ApplicationStatus status, int page, int size);

    /** Applications made through the fair that the caller may see. */
    List<ApplicationView> ofFair(FairId fair);

    /** Any search inside the caller's scope. */
    ApplicationPage search(ApplicationQuery query);

    /** Applications and hires so far; no personal data, so every signed-in user may see it. */
    FairTally tally(FairId fair);
}
