package org.laborbridge.employers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Job postings of the registered enterprises. Drafts are seen only by their enterprise and the
 * bureau; OPEN, FILLED and CLOSED postings by every signed-in user. Only those who may act for the
 * enterprise ({@link Employers#mayActFor}) change a posting.
 */
public interface JobPostings {

    /** Starts as DRAFT. */
    JobPostingView draft(EmployerId employer, JobPostingForm form);

    /**
     * Reducing the headcount reduces the openings left by as much; a headcount below the number
     * already filled is refused with field {@code headcount} code {@code BELOW_FILLED}.
     */
    JobPostingView change(JobPostingId id, JobPostingForm form);

    /** DRAFT to OPEN; publishes {@link JobPostingPublished}. */
    JobPostingView publish(JobPostingId id);

    /** DRAFT, OPEN or FILLED to CLOSED; publishes {@link JobPostingClosed}. */
    JobPostingView close(JobPostingId id);

    /** Throws {@code RecordNotFoundException} when missing or a draft the caller may not see. */
    JobPostingView find(JobPostingId id);

    /** The postings among {@code ids} the caller may see, in the order given; others left out. */
    List<JobPostingView> findAll(Collection<JobPostingId> ids);

    /** Drafts appear only for those who may see them; an EMPLOYER sees only their own drafts. */
    PostingPage search(PostingQuery query);

    /**
     * Postings a worker could apply to today: OPEN, valid today, with openings left, and
     * {@code age} (null: any) within the age range; {@code jobTypes} empty means every type.
     * Newest first, at most {@code limit}.
     */
    List<JobPostingView> openFitting(Collection<String> jobTypes, Integer age, int limit);

    /**
     * Postings open for matching: OPEN, valid today and with openings left, in id order after
     * {@code after} (null: from the start), at most {@code limit} — a page for loading a nation's
     * worth of them. No caller check: OPEN postings are public to every signed-in user, and
     * scheduled jobs run with nobody signed in.
     */
    List<JobPostingView> openForMatching(JobPostingId after, int limit);

    /** The posting if it is open for matching now (see {@link #openForMatching(JobPostingId, int)}). */
    Optional<JobPostingView> openForMatching(JobPostingId id);

    /**
     * Takes one opening, atomically: concurrent fills never take more openings than there are.
     * FILLED at zero; publishes {@link JobPostingFilled}. No caller check: the calling module
     * checked. Refused with field {@code posting} code {@code NOT_OPEN} when not OPEN, or
     * {@code NO_OPENINGS_LEFT}.
     */
    JobPostingView fill(JobPostingId id);
}
