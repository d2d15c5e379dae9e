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
        /** No posting at the fair that the worker's hard requirements allow. */
        NO_ELIGIBLE_POSTING,
        /** Every eligible posting was filled by workers it ranks higher. */
        OUTRANKED
    }
}
