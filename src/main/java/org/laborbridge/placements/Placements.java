package org.laborbridge.placements;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.workers.WorkerId;

/**
 * Hires and their retention follow-ups, for pages, API and other modules alike. Reads are scoped:
 * bureau staff see every placement, a PARTNER those of workers whose household county lies in
 * their regions, an EMPLOYER their own enterprise's, a WORKER their own; anything else answers
 * {@code RecordNotFoundException} (404) as if it did not exist.
 */
public interface Placements {

    /**
     * Creates the placement and its retention checks due one, three and six months after the start,
     * in the caller's transaction (required: the accepting module rolls everything back when this
     * throws). No caller check beyond "the calling module checked". Refuses with
     * {@code InvalidInputException}: startDate OVERLAPPING_PLACEMENT when the worker holds another
     * placement that is not LEFT and whose [startDate, endDate) overlaps; contractMonths RANGE
     * outside 1–60; REQUIRED for a missing field.
     */
    PlacementView place(NewPlacement placement);

    /**
     * A hire made outside the platform, recorded by ADMIN or CASEWORKER: takes one opening of the
     * posting ({@code JobPostings.fill}) and then places as {@link #place} does.
     */
    PlacementView recordOutside(OutsidePlacement placement);

    PlacementView find(PlacementId id);

    /**
     * Every placement of the worker the caller may see, newest start first, each with its checks.
     * For the worker's phone pages: a signed-in WORKER passing their own id gets all of theirs
     * (and an empty list for anyone else's); the first item not LEFT is the current job.
     */
    List<PlacementView> ofWorker(WorkerId worker);

    /** The enterprise's placements, newest start first (an EMPLOYER only their own). */
    PlacementPage ofEmployer(EmployerId employer, PlacementStatus status, int page, int size);

    PlacementPage search(PlacementQuery query);

    /** STARTING → WORKING on {@code on} (not before the start date, not in the future); the employer or bureau. */
    PlacementView confirmStart(PlacementId id, LocalDate on);

    /**
     * Records the month 1, 3 or 6 follow-up; CASEWORKER, ADMIN or a PARTNER covering the worker.
     * LEFT needs a reason and ends the placement today. Refused before the due date minus
     * {@link #RETENTION_GRACE_DAYS} days, a second time, or on a placement that has ended.
     */
    PlacementView recordRetention(
            PlacementId id, int month, RetentionOutcome outcome, LeavingReason reason, String note);

    /** Ends the placement on {@code on} (not before the start, not in the future); bureau, PARTNER in scope or the employer. */
    PlacementView recordLeaving(PlacementId id, LocalDate on, LeavingReason reason, String note);

    /**
     * Records that the employer pays the person's social insurance from {@code since} (a day of
     * the contract, not in the future); the employer of the placement, CASEWORKER or ADMIN, once.
     * Refuses with {@code InvalidInputException}: socialInsuranceSince REQUIRED, BEFORE_START,
     * FUTURE or ALREADY_CONFIRMED.
     */
    PlacementView confirmSocialInsurance(PlacementId id, LocalDate since);

    /** Open retention checks due on or before {@code until}, oldest first, in the caller's scope. */
    DueCheckPage dueChecks(LocalDate until, int page, int size);

    boolean mayConfirmStart(PlacementView placement);

    boolean mayRecordRetention(PlacementView placement);

    boolean mayRecordLeaving(PlacementView placement);

    boolean mayConfirmSocialInsurance(PlacementView placement);

    /** Whether the caller records retention checks at all (CASEWORKER, ADMIN, PARTNER): the due list's buttons. */
    boolean mayRecordRetentions();

    /** Whether the caller keeps a retention due list at all (bureau and partner staff). */
    boolean mayFollowUp();

    /** Whether the caller may record a hire made outside the platform. */
    boolean mayRecordOutside();

    /**
     * How many days before its due date a check may already be recorded: caseworkers ring
     * workers in batches, often in the week before the date, and a worker reached then is as good
     * as one reached on the day.
     */
    int RETENTION_GRACE_DAYS = 7;

    /** The months after the start at which a placement is followed up. */
    List<Integer> RETENTION_MONTHS = List.of(1, 3, 6);

    /**
     * Hires (every placement, whatever became of it), by household county and the month of the
     * contract's start, for reporting; counts only, whatever the caller's scope.
     */
    List<PlacementFigure> figures();

    /**
     * Retention for reporting, per follow-up month of {@link #RETENTION_MONTHS}, by household
     * county and the month of the contract's start; counts only, whatever the caller's scope. A
     * follow-up is due once its date (start plus N months) is today or earlier, whether or not it
     * was recorded and even when the placement ended before: someone who left is a hire not
     * retained, so they stay in the rate's denominator. Retained counts the due follow-ups that
     * found the worker still working; one recorded early, within the grace days, counts from its
     * due date, so that the rate never exceeds one.
     */
    List<RetentionFigure> retentionFigures();
}
