package org.laborbridge.matching.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import java.util.stream.IntStream;
import org.laborbridge.matching.scoring.MatchScorer;
import org.laborbridge.matching.scoring.PostingFacts;
import org.laborbridge.matching.scoring.WorkerFacts;

/**
 * Assigns a fair's signed-up workers to its postings by worker-proposing deferred acceptance with
 * capacities: never over a posting's openings, at most one posting per worker, stable with respect
 * to the preference lists, registered-poor workers first among equals. Pure.
 *
 * <p>A worker's list holds the fair's postings of the job types they want (all of them when they
 * want none) that the scorer's hard requirements allow, by descending points (ties: posting id),
 * cut to {@code listLength}. A posting ranks the workers who list it by points, then
 * registered-poor first, then earlier sign-up; the id settles equal sign-up times upstream, where
 * the sign-up order is made. Candidates are selected before anything is scored, so no worker ×
 * posting matrix is ever built; workers are scored in parallel on the common pool.
 *
 * <p>A worker stays unassigned with {@code NO_WANTED_JOB_TYPE} when they want some job types and the
 * fair has postings, but none of those types; {@code NO_ELIGIBLE_POSTING} when their list is
 * otherwise empty (the hard requirements exclude every candidate); and {@code OUTRANKED} when every
 * posting on it is full of workers it ranks higher. Cut lists are the
 * policy's price: a posting beyond every unassigned worker's first {@code listLength} may keep
 * openings free.
 */
public final class FairAssignment {

    /** How many of a worker's best postings their preference list keeps. */
    public static final int DEFAULT_LIST_LENGTH = 50;

    private static final int CHUNK = 2048;

    private FairAssignment() {}

    /**
     * {@code workers} in sign-up order (earlier wins a tie after registered-poor status);
     * {@code postings} with their openings left. No workers or no postings give an assignment of
     * nobody, not an error: the service refuses those with a message before it gets here.
     */
    public static AssignmentResult assign(
            List<WorkerFacts> workers, List<PostingFacts> postings, MatchScorer scorer, int listLength) {
        return assign(workers, postings, scorer::points, listLength);
    }

    static AssignmentResult assign(
            List<WorkerFacts> workers,
            List<PostingFacts> postings,
            ToIntBiFunction<WorkerFacts, PostingFacts> points,
            int listLength) {
        Prepared prepared = prepare(workers, postings, points, listLength);
        return prepared.result(DeferredAcceptance.run(prepared.lists()));
    }

    /** The preference lists of a fair, with the workers and postings their indexes stand for. */
    record Prepared(List<WorkerFacts> workers, List<PostingFacts> postings, PreferenceLists lists) {

        /** The assignment for the entry each worker got (or -1), as the core algorithms give it. */
        AssignmentResult result(int[] entryOfWorker) {
            List<AssignmentResult.Assigned> assigned = new ArrayList<>();
            List<AssignmentResult.Unassigned> unassigned = new ArrayList<>();
            Set<String> offeredTypes = new HashSet<>();
            postings.forEach(p -> offeredTypes.add(p.jobType()));
            long total = 0;
            for (int w = 0; w < workers.size(); w++) {
                int e = entryOfWorker[w];
                if (e >= 0) {
                    int points = pointsOf(lists.key[e]);
                    assigned.add(new AssignmentResult.Assigned(
                            workers.get(w).id(), postings.get(lists.posting[e]).id(), points, e - lists.start[w] + 1));
                    total += points;
                } else {
                    unassigned.add(new AssignmentResult.Unassigned(
                            workers.get(w).id(), whyUnassigned(workers.get(w), lists.length(w), offeredTypes)));
                }
            }
            return new AssignmentResult(assigned, unassigned, total);
        }
    }

    /** An empty list is about job types when the worker wants some and the fair offers none of them. */
    static AssignmentResult.Why whyUnassigned(WorkerFacts worker, int listLength, Set<String> offeredTypes) {
        if (listLength > 0) {
            return AssignmentResult.Why.OUTRANKED;
        }
        boolean offersAWantedType =
                worker.wantedJobs().isEmpty() || worker.wantedJobs().stream().anyMatch(offeredTypes::contains);
        return offersAWantedType || offeredTypes.isEmpty()
                ? AssignmentResult.Why.NO_ELIGIBLE_POSTING
                : AssignmentResult.Why.NO_WANTED_JOB_TYPE;
    }

    /**
     * Candidate selection and scoring, the preference lists before any assignment: the postings of
     * each worker's wanted types (or all), scored with {@code points} (-1: excluded), best kept in a
     * bounded heap.
     */
    static Prepared prepare(
            List<WorkerFacts> workers,
            List<PostingFacts> postings,
            ToIntBiFunction<WorkerFacts, PostingFacts> points,
            int listLength) {
        Map<String, List<Integer>> byType = new HashMap<>();
        for (int p = 0; p < postings.size(); p++) {
            byType.computeIfAbsent(postings.get(p).jobType(), t -> new ArrayList<>())
                    .add(p);
        }
        Map<String, int[]> postingsOfType = new HashMap<>();
        byType.forEach((type, list) -> postingsOfType.put(
                type, list.stream().mapToInt(Integer::intValue).toArray()));
        int[] all = IntStream.range(0, postings.size()).toArray();
        List<PostingFacts> postingList = List.copyOf(postings);
        return prepare(workers, postings, listLength, (worker, idRankOfPosting, top) -> {
            List<String> wanted = worker.wantedJobs();
            if (wanted.isEmpty()) {
                offer(top, worker, all, postingList, idRankOfPosting, points);
            }
            for (int t = 0; t < wanted.size(); t++) {
                int[] ofType = postingsOfType.get(wanted.get(t));
                if (ofType != null && wanted.indexOf(wanted.get(t)) == t) {
                    offer(top, worker, ofType, postingList, idRankOfPosting, points);
                }
            }
        });
    }

    /** Fills the heap with one worker's candidates, packed by {@link #pack}. */
    private interface Selector {
        void select(WorkerFacts worker, int[] idRankOfPosting, TopK top);
    }

    private static long pack(int points, int idRank) {
        return ((long) points << 32) | (Integer.MAX_VALUE - idRank);
    }

    private static Prepared prepare(
            List<WorkerFacts> workers, List<PostingFacts> postings, int listLength, Selector selector) {
        if (listLength < 1) {
            throw new IllegalArgumentException("listLength must be at least 1");
        }
        List<WorkerFacts> workerList = List.copyOf(workers);
        List<PostingFacts> postingList = List.copyOf(postings);
        int postingCount = postingList.size();

        // Ties between postings go by id; a posting's place in id order packs into the low half of a long.
        Integer[] byId = IntStream.range(0, postingCount).boxed().toArray(Integer[]::new);
        Arrays.sort(byId, Comparator.comparing(p -> postingList.get(p).id().value()));
        int[] postingByIdRank = new int[postingCount];
        int[] idRankOfPosting = new int[postingCount];
        for (int r = 0; r < postingCount; r++) {
            postingByIdRank[r] = byId[r];
            idRankOfPosting[byId[r]] = r;
        }

        int workerCount = workerList.size();
        int chunks = (workerCount + CHUNK - 1) / CHUNK;
        Chosen[] chosen = IntStream.range(0, chunks)
                .parallel()
                .mapToObj(c -> choose(
                        workerList,
                        c * CHUNK,
                        Math.min(workerCount, (c + 1) * CHUNK),
                        Math.min(listLength, postingCount),
                        idRankOfPosting,
                        selector))
                .toArray(Chosen[]::new);

        int[] start = new int[workerCount + 1];
        int w = 0;
        for (Chosen c : chosen) {
            for (int length : c.lengths) {
                start[w + 1] = start[w] + length;
                w++;
            }
        }
        int entries = start[workerCount];
        int[] posting = new int[entries];
        long[] key = new long[entries];
        w = 0;
        int e = 0;
        for (Chosen c : chosen) {
            int i = 0;
            for (int length : c.lengths) {
                long tie = tieOf(workerList.get(w), w);
                for (int j = 0; j < length; j++, i++, e++) {
                    long preference = c.preferences[i];
                    posting[e] = postingByIdRank[Integer.MAX_VALUE - (int) preference];
                    key[e] = ((preference >>> 32) << 32) | tie;
                }
                w++;
            }
        }
        int[] capacity = new int[postingCount];
        for (int p = 0; p < postingCount; p++) {
            capacity[p] = Math.max(0, postingList.get(p).openingsLeft());
        }
        return new Prepared(workerList, postingList, new PreferenceLists(start, posting, key, capacity));
    }

    /** Registered-poor above the rest, then earlier sign-up: the low half of a posting's key. */
    private static long tieOf(WorkerFacts worker, int signUpOrder) {
        return (worker.registeredPoor() ? 1L << 31 : 0L) | (Integer.MAX_VALUE - signUpOrder);
    }

    static int pointsOf(long key) {
        return (int) (key >>> 32);
    }

    /** One chunk's lists: per worker their length, and all entries packed as points and id rank. */
    private record Chosen(int[] lengths, long[] preferences) {}

    private static Chosen choose(
            List<WorkerFacts> workers, int from, int to, int listLength, int[] idRankOfPosting, Selector selector) {
        int[] lengths = new int[to - from];
        long[] preferences = new long[Math.max(16, (to - from) * Math.min(listLength, 8))];
        int used = 0;
        TopK top = new TopK(listLength);
        for (int w = from; w < to; w++) {
            top.clear();
            selector.select(workers.get(w), idRankOfPosting, top);
            int length = top.size();
            if (used + length > preferences.length) {
                preferences = Arrays.copyOf(preferences, Math.max(used + length, preferences.length * 2));
            }
            top.drainBestFirst(preferences, used);
            used += length;
            lengths[w - from] = length;
        }
        return new Chosen(lengths, preferences);
    }

    private static void offer(
            TopK top,
            WorkerFacts worker,
            int[] candidates,
            List<PostingFacts> postings,
            int[] idRankOfPosting,
            ToIntBiFunction<WorkerFacts, PostingFacts> points) {
        for (int p : candidates) {
            int score = points.applyAsInt(worker, postings.get(p));
            if (score >= 0) {
                top.offer(pack(score, idRankOfPosting[p]));
            }
        }
    }

    /** The largest {@code k} values offered, in a min-heap so a value below them costs one compare. */
    private static final class TopK {

        private final long[] heap;
        private int size;

        TopK(int k) {
            heap = new long[k];
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        void offer(long value) {
            if (size < heap.length) {
                int at = size++;
                while (at > 0) {
                    int parent = (at - 1) >>> 1;
                    if (heap[parent] <= value) {
                        break;
                    }
                    heap[at] = heap[parent];
                    at = parent;
                }
                heap[at] = value;
            } else if (heap.length > 0 && value > heap[0]) {
                siftDownFromRoot(value, size);
            }
        }

        /** Writes the values largest first into {@code out} from {@code at}, emptying the heap. */
        void drainBestFirst(long[] out, int at) {
            for (int i = size - 1; i >= 0; i--) {
                out[at + i] = heap[0];
                long last = heap[i];
                siftDownFromRoot(last, i);
            }
            size = 0;
        }

        private void siftDownFromRoot(long value, int n) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= n) {
                    break;
                }
                if (child + 1 < n && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (value <= heap[child]) {
                    break;
                }
                heap[at] = heap[child];
                at = child;
            }
            if (n > 0) {
                heap[at] = value;
            }
        }
    }
}
