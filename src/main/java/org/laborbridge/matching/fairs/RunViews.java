package org.laborbridge.matching.fairs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.FairId;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.workers.WorkerId;

/** What pages and the API show of assignment runs, already narrowed to what the caller may see. */
final class RunViews {

    private RunViews() {}

    /**
     * A stored run's headline: who computed it with which weights, its total and its counts.
     * {@code unfinished} counts the pairs still without an outcome or FAILED: after a confirmation,
     * confirming again retries just those.
     */
    record Summary(
            UUID id,
            FairId fair,
            String computedBy,
            Instant computedAt,
            MatchWeights weights,
            long referenceWageFen,
            int listLength,
            long totalPoints,
            int signUps,
            int postings,
            int openings,
            int assigned,
            int unassigned,
            Map<UnassignedReason, Integer> unassignedByReason,
            String confirmedBy,
            Instant confirmedAt,
            Integer invitations,
            Integer skipped,
            int unfinished,
            boolean latest) {

        public boolean confirmed() {
            return confirmedAt != null;
        }

        /** Not confirmed yet, or confirmed with pairs left to retry. */
        public boolean confirmable() {
            return latest && assigned > 0 && (!confirmed() || unfinished > 0);
        }
    }

    /**
     * A worker in a run. {@code name} and {@code maskedResidentId} are null for a worker the caller
     * may not see by name (a partner looking at another region's worker).
     */
    record Person(WorkerId worker, String name, String maskedResidentId, String householdCounty) {

        public boolean named() {
            return name != null;
        }
    }

    /** A pair as assigned, and after confirmation what became of it (INVITED or why it was skipped). */
    record Pair(Person person, int points, int preferenceRank, String outcome) {}

    /** A posting of the run with its openings at the time and the pairs assigned to it, best first. */
    record PostingResult(JobPostingId posting, String title, String employerName, int openings, List<Pair> pairs) {

        public int assigned() {
            return pairs.size();
        }
    }

    record Unassigned(Person person, UnassignedReason why) {}

    /** One page of a list and how many there are in all; {@code size} is the page length. */
    record Page<T>(List<T> items, long total, int page, int size) {}

    /** A run as shown: its headline, a page of its postings and a page of the unassigned. */
    record Run(Summary summary, Page<PostingResult> postings, Page<Unassigned> unassigned) {}

    /**
     * Where a run's confirmation stands after a call, counted from its pairs' outcomes: invitations
     * made, pairs skipped by the fairs module's reason code, and pairs FAILED by an unexpected error,
     * which confirming again retries.
     */
    record Confirmation(UUID run, int invitations, Map<String, Integer> skipped, int failed) {

        public int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The runs of a fair, newest first, for choosing one. */
    record Listed(UUID id, Instant computedAt, String computedBy, long totalPoints, int assigned, boolean confirmed) {}
}
