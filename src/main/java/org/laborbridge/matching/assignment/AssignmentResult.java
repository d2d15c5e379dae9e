package org.laborbridge.matching.assignment;

import java.util.List;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/**
 * An assignment: who got which posting with how many points, who stayed unassigned and why, and
 * the total of the points assigned.
 */
public record AssignmentResult(List<Assigned> assigned, List<Unassigned> unassigned, long totalPoints) {

    public AssignmentResult {
        assigned = List.copyOf(assigned);
        unassigned = List.copyOf(unassigned);
    }

    /** {@code preferenceRank} 1 is the worker's best posting on their list. */
    public record Assigned(WorkerId worker, JobPostingId posting, int points, int preferenceRank) {}

    public record Unassigned(WorkerId worker, Why why) {}

    public enum Why {
        /** The fair has postings, but none of a job type the worker wants. */
        NO_WANTED_JOB_TYPE,
        /** No posting at the fair of a type the worker wants that the hard requirements allow. */
        NO_ELIGIBLE_POSTING,
        /** Every eligible posting was filled by workers it ranks higher. */
        OUTRANKED
    }
}
