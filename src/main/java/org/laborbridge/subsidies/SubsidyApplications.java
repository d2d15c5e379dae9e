package org.laborbridge.subsidies;

import java.util.List;
import java.util.UUID;
import org.laborbridge.workers.WorkerId;

/**
 * Claims from application to approval, with four eyes. Who may do what:
 *
 * <ul>
 *   <li>apply: CASEWORKER, ADMIN and a PARTNER covering the worker for any payee; an EMPLOYER for
 *       EMPLOYER-paid policies on their own hires; a WORKER for WORKER-paid policies on their own
 *       placements and trips. Refused with the judgement's unmet reasons (field {@code policy},
 *       code {@code INELIGIBLE}) when the claim is not eligible.
 *   <li>read: bureau staff all; a PARTNER those of workers of their regions; an EMPLOYER the claims
 *       naming their enterprise as payee; a WORKER the claims for themselves. Otherwise 404.
 *   <li>review (accept, reject, ask for more): CASEWORKER or ADMIN, on SUBMITTED claims, never
 *       the claim's maker; accept needs a document of every type the policy version requires.
 *   <li>approve: APPROVER only, on ACCEPTED claims, never one they created or reviewed
 *       ({@code FourEyesRule}), never beyond the policy's budget ({@code BudgetRule}); starts the
 *       public notice. An APPROVER may also reject an ACCEPTED claim.
 *   <li>objections: CASEWORKER, ADMIN or a PARTNER in scope record one on an APPROVED claim
 *       during its notice; it goes back to SUBMITTED and cannot be paid until resolved.
 * </ul>
 *
 * A step out of order answers 409 ({@link StepOutOfOrderException}).
 */
public interface SubsidyApplications {

    ApplicationView apply(ApplicationForm form);

    ApplicationView find(ApplicationId id);

    ApplicationPage search(ApplicationQuery query);

    /** Every claim for the worker that the caller may read, newest first. */
    List<ApplicationView> ofWorker(WorkerId worker);

    ApplicationView accept(ApplicationId id, String note);

    /** At review (CASEWORKER, ADMIN) or at approval (APPROVER); the reason is required. */
    ApplicationView reject(ApplicationId id, String reason);

    ApplicationView askForMore(ApplicationId id, String note);

    /** The applicant (or bureau staff) answers a request for more: back to SUBMITTED. */
    ApplicationView resubmit(ApplicationId id, String note);

    /**
     * Sets the payee's account before approval (applicant, CASEWORKER, ADMIN); after approval only
     * CASEWORKER or ADMIN, and only to repair a stage whose payment failed.
     */
    ApplicationView changeAccount(ApplicationId id, String payeeName, String bankName, String bankAccount);

    ApplicationView approve(ApplicationId id);

    ApplicationView object(ApplicationId id, String reason);

    /** Upheld rejects the claim; dismissed leaves it SUBMITTED for a caseworker to accept again. */
    ApplicationView resolveObjection(ApplicationId id, UUID objection, boolean upheld, String note);

    boolean mayApply();

    boolean mayReview(ApplicationView application);

    boolean mayApprove(ApplicationView application);

    boolean mayObject(ApplicationView application);
}
