package org.laborbridge.fairs;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerQuery;

/**
 * Recruitment fairs for pages, the API and other modules alike. Everyone signed in sees fairs;
 * bureau staff schedule them anywhere, partner staff in their own regions. Employers join with
 * their open postings; workers sign up and check in. Implemented in {@code fairs.core}, whose
 * desks check the caller.
 */
public interface Fairs {

    /** Every signed-in user; a missing fair is a {@code RecordNotFoundException}. */
    FairView find(FairId id);

    FairPage search(FairQuery query);

    /** Fairs not yet over on {@code from}, soonest first: what a worker's phone offers. */
    List<FairView> openOrComing(LocalDate from, int limit);

    /** No caller check: whether someone signed up is no secret to a module that knows the worker. */
    boolean isSignedUp(FairId fair, WorkerId worker);

    /** The postings employers brought to the fair. */
    List<JobPostingId> postingsAt(FairId fair);

    /** ADMIN and CASEWORKER anywhere; PARTNER for a fair hosted in their regions. */
    FairView create(FairForm form);

    /** As {@link #create}; a partner may not move a fair out of their regions either. */
    FairView change(FairId id, FairForm form);

    FairView cancel(FairId id);

    /** Whether the signed-in user may change and cancel this fair; pages show their buttons by it. */
    boolean mayManage(FairView fair);

    /** Whether the signed-in user may schedule fairs at all (in some region). */
    boolean mayCreate();

    /** Bulk sign-ups and the check-in desk of this fair: bureau staff, partner staff of its host region. */
    boolean mayRunDesk(FairView fair);

    /** Staff who may sign up workers for this fair now (caseworkers also after it, from paper sheets). */
    boolean mayAddSignUps(FairView fair);

    boolean maySeeSignUps();

    /**
     * EMPLOYER for their own enterprise, or ADMIN/CASEWORKER for one; at an on-site fair with a
     * booth number no other employer holds, and with open postings of that employer only.
     */
    ParticipantView join(FairId fair, Participation participation);

    List<ParticipantView> participants(FairId fair);

    /** WORKER for themselves, or staff for a worker they may see; until the fair is over. */
    SignUpLine signUp(FairId fair, WorkerId worker);

    /** Staff: one ID number a line (15 or 18 digits, full-width allowed); every line reported. */
    SignUpReport signUpAll(FairId fair, String pastedResidentIds);

    /** Staff: everyone the worker filter finds within the caller's scope and the fair's target group. */
    FilterSignUpResult signUpMatching(FairId fair, WorkerQuery filter);

    /** Staff at an on-site fair on its dates: by ID number or QR token; walk-ins are signed up. */
    CheckInResult checkIn(FairId fair, String residentIdOrToken);

    /** Bureau staff all, PARTNER the workers of their regions; others are refused (403). */
    SignUpList signUps(FairId fair, int page, int size);

    /**
     * Everyone signed up for the fair, earliest first (equal times by worker id), with household
     * county and sign-up time; none for a fair that does not exist. No caller check: the calling
     * module has shown the current user may act on the fair's sign-ups, such as running its
     * assignment. Read by one statement, so a sign-up arriving meanwhile is in whole or not at all.
     */
    List<SignedUp> signedUpWorkers(FairId fair);

    /** Everyone signed in; a PARTNER counts the workers of their regions. */
    SignUpCounts counts(FairId fair);

    /**
     * A worker's own sign-ups with their QR tokens, newest first: the WORKER themselves, or staff
     * for a worker they may see.
     */
    List<WorkerSignUp> signUpsOf(WorkerId worker);

    /**
     * Applications and hires made through the fair so far, from the applications part of this
     * module, which is looked up lazily because it depends on this service.
     */
    Optional<FairTally> tally(FairId fair);

    /**
     * The worker signed up for the fair whom a scanned QR token names (or, for staff, an ID
     * number): for an employer taking part in the fair, or staff, recording an on-site intention.
     */
    WorkerId signedUpWorker(FairId fair, String residentIdOrToken);

    /**
     * The fairs of these ids that exist, cancelled or not, in no particular order: what a report
     * needs to name the fairs its figures are broken down by. Every signed-in user, whatever their
     * scope, as with {@link #find}; a fair carries no personal data.
     */
    List<FairView> fairsNamed(Collection<FairId> ids);

    /*
     * Figures for reporting over every fair not cancelled, one row per fair, under its host region
     * and the month it starts, whatever the caller's scope (counts only, no personal data).
     */

    /** Fairs held: one each. */
    List<FairFigure> fairFigures();

    /** Enterprises taking part, one per fair and enterprise. */
    List<FairFigure> participationFigures();

    /** Positions offered: the headcounts of the postings the enterprises bring, as the employers module keeps them. */
    List<FairFigure> positionFigures();

    /**
     * Applications made through the fair, whatever became of them (withdrawn and rejected ones
     * too), as the fair's tally counts them.
     */
    List<FairFigure> applicationFigures();
}
