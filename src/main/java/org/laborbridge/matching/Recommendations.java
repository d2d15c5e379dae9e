package org.laborbridge.matching;

import java.util.List;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/**
 * Explained recommendations both ways, from live in-memory indexes that follow new postings,
 * filled openings and changed worker profiles without a restart. Reasons are worded in the
 * caller's language.
 *
 * <p>Scopes: a WORKER asks only about themselves; CASEWORKER and ADMIN about anyone; a PARTNER
 * about the workers of their regions (and sees only those for a posting); an EMPLOYER only about
 * their own postings. Everyone else is refused; an unknown or unseen record answers as missing.
 * {@code n} must lie between 1 and {@link #MAX_N}, else the field {@code n} is refused.
 */
public interface Recommendations {

    int MAX_N = 50;

    /** The best open postings with openings left for the worker, best first; empty when not seeking work. */
    List<PostingRecommendation> forWorker(WorkerId worker, int n);

    /** The best workers seeking work for the posting, best first, masked; empty when it is not open. */
    List<WorkerRecommendation> forPosting(JobPostingId posting, int n);

    /** Bureau staff and partners. */
    IndexStatus status();

    /** The most points a pair can score under the current weights, for showing percentages. */
    int maxPoints();
}
