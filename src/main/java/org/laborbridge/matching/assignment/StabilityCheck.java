package org.laborbridge.matching.assignment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/**
 * Verifies an assignment against its preference lists: no posting over capacity, no worker with
 * two postings, no pair off the worker's list, and no blocking pair — a worker and a posting on
 * their list above what they got (anywhere on it when unassigned) where the posting has an opening
 * free or holds someone it ranks lower. Each worker's list is walked only down to their posting, so
 * the check costs O(entries) after one pass over the pairs.
 */
final class StabilityCheck {

    private StabilityCheck() {}

    /** What the check found; the assignment is stable and within bounds when every count is zero. */
    record Report(int overCapacity, int withTwoPostings, int offList, long blockingPairs) {

        boolean holds() {
            return overCapacity == 0 && withTwoPostings == 0 && offList == 0 && blockingPairs == 0;
        }

        @Override
        public String toString() {
            return holds()
                    ? "stable: no posting over capacity, no worker twice, no blocking pair"
                    : "NOT stable: %d postings over capacity, %d workers with two postings, %d pairs off the list, %d blocking pairs"
                            .formatted(overCapacity, withTwoPostings, offList, blockingPairs);
        }
    }

    /** Checks a core result: the entry each worker got, or -1. */
    static Report check(PreferenceLists lists, int[] entryOfWorker) {
        int pairs = 0;
        for (int e : entryOfWorker) {
            if (e >= 0) {
                pairs++;
            }
        }
        int[] pairWorker = new int[pairs];
        int[] pairPosting = new int[pairs];
        int i = 0;
        for (int w = 0; w < entryOfWorker.length; w++) {
            if (entryOfWorker[w] >= 0) {
                pairWorker[i] = w;
                pairPosting[i++] = lists.posting[entryOfWorker[w]];
            }
        }
        return check(lists, pairWorker, pairPosting);
    }

    /** Checks assignment pairs (worker index, posting index), as many as there are. */
    static Report check(PreferenceLists lists, int[] pairWorker, int[] pairPosting) {
        int[] entryOfWorker = new int[lists.workers];
        Arrays.fill(entryOfWorker, -1);
        int[] held = new int[lists.postings];
        long[] lowestHeld = new long[lists.postings];
        Arrays.fill(lowestHeld, Long.MAX_VALUE);
        int withTwoPostings = 0;
        int offList = 0;
        for (int i = 0; i < pairWorker.length; i++) {
            int w = pairWorker[i];
            int p = pairPosting[i];
            if (entryOfWorker[w] != -1) {
                withTwoPostings++;
            }
            held[p]++;
            int e = lists.entryOf(w, p);
            if (e < 0) {
                offList++;
                // An unknown rank: count it as the lowest, which can only hide nothing.
                lowestHeld[p] = Long.MIN_VALUE;
                entryOfWorker[w] = -2;
                continue;
            }
            lowestHeld[p] = Math.min(lowestHeld[p], lists.key[e]);
            if (entryOfWorker[w] == -1) {
                entryOfWorker[w] = e;
            }
        }
        int overCapacity = 0;
        for (int p = 0; p < lists.postings; p++) {
            if (held[p] > lists.capacity[p]) {
                overCapacity++;
            }
        }
        long blocking = 0;
        for (int w = 0; w < lists.workers; w++) {
            int until = entryOfWorker[w] >= 0 ? entryOfWorker[w] : lists.start[w + 1];
            for (int e = lists.start[w]; e < until; e++) {
                int p = lists.posting[e];
                if (held[p] < lists.capacity[p] || lowestHeld[p] < lists.key[e]) {
                    blocking++;
                }
            }
        }
        return new Report(overCapacity, withTwoPostings, offList, blocking);
    }

    /** Checks an {@link AssignmentResult} by the lists it was computed from. */
    static Report check(FairAssignment.Prepared prepared, AssignmentResult result) {
        Map<WorkerId, Integer> workerIndex = new HashMap<>(prepared.workers().size() * 2);
        for (int w = 0; w < prepared.workers().size(); w++) {
            workerIndex.put(prepared.workers().get(w).id(), w);
        }
        Map<JobPostingId, Integer> postingIndex =
                new HashMap<>(prepared.postings().size() * 2);
        for (int p = 0; p < prepared.postings().size(); p++) {
            postingIndex.put(prepared.postings().get(p).id(), p);
        }
        List<AssignmentResult.Assigned> assigned = result.assigned();
        int[] pairWorker = new int[assigned.size()];
        int[] pairPosting = new int[assigned.size()];
        for (int i = 0; i < assigned.size(); i++) {
            pairWorker[i] = workerIndex.get(assigned.get(i).worker());
            pairPosting[i] = postingIndex.get(assigned.get(i).posting());
        }
        return check(prepared.lists(), pairWorker, pairPosting);
    }
}
