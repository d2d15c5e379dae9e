package org.laborbridge.matching.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.laborbridge.employers.JobPostingId;

/**
 * The open postings with openings left, kept in memory by job type so that a worker's candidates
 * are the postings of the types they want (all postings when they want none); updated in place as
 * postings open, fill and close. Thread-safe: readers never see a half-applied change.
 */
public final class PostingIndex {

    /** Best first among equal points: the lower posting id, so that the order is stable. */
    static final Comparator<PostingFacts> TIE_BREAK =
            Comparator.comparing(posting -> posting.id().value());

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Buckets<String, PostingFacts> buckets = new Buckets<>(PostingIndex::traits);
    private final Buckets.Bucket<PostingFacts> all = new Buckets.Bucket<>();

    /** Adds or replaces a posting; one without openings left is removed instead. */
    public void put(PostingFacts posting) {
        Objects.requireNonNull(posting, "posting");
        lock.writeLock().lock();
        try {
            if (posting.openingsLeft() <= 0) {
                buckets.remove(posting.id());
            } else {
                buckets.put(posting.id(), posting, in(buckets.bucketFor(posting.jobType()), all));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(JobPostingId posting) {
        lock.writeLock().lock();
        try {
            buckets.remove(posting);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return buckets.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The best {@code n} eligible postings for the worker, best first (ties: posting id). Scores
     * only the postings of the worker's wanted types, or every posting when they want none.
     */
    public List<Ranked<PostingFacts>> topFor(WorkerFacts worker, int n, MatchScorer scorer) {
        if (n <= 0) {
            return List.of();
        }
        TopN<PostingFacts> top = new TopN<>(n, TIE_BREAK);
        lock.readLock().lock();
        try {
            List<String> wanted = worker.wantedJobs();
            if (wanted.isEmpty()) {
                scan(all, MatchScorer.jobTypeFraction(worker, null), worker, scorer, top);
            } else {
                for (int i = 0; i < wanted.size(); i++) {
                    String jobType = wanted.get(i);
                    Buckets.Bucket<PostingFacts> bucket = buckets.bucket(jobType);
                    if (bucket != null && wanted.indexOf(jobType) == i) {
                        scan(bucket, MatchScorer.jobTypeFraction(worker, jobType), worker, scorer, top);
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return top.best();
    }

    /**
     * Scores the bucket's postings into the heap, passing over those whose ceiling (read from the
     * traits array alone) is below the worst kept: they could not enter it, not even on a tie.
     */
    private static void scan(
            Buckets.Bucket<PostingFacts> bucket,
            double jobTypeFraction,
            WorkerFacts worker,
            MatchScorer scorer,
            TopN<PostingFacts> top) {
        int floor = top.floor();
        for (int i = 0, size = bucket.size(); i < size; i++) {
            long trait = bucket.trait(i);
            if (floor >= 0 && scorer.ceiling(worker, jobTypeFraction, trait >>> 1, (trait & 1) != 0) < floor) {
                continue;
            }
            PostingFacts posting = bucket.get(i);
            top.offer(posting, scorer.points(worker, posting));
            floor = top.floor();
        }
    }

    // The mid wage and whether housing is provided, packed: what the ceiling of the points needs.
    private static long traits(PostingFacts posting) {
        long mid = Math.max(0, Math.min(MatchScorer.midWageFen(posting), Long.MAX_VALUE >>> 1));
        return mid << 1 | (posting.housingProvided() ? 1 : 0);
    }

    @SafeVarargs
    private static <T> Buckets.Bucket<T>[] in(Buckets.Bucket<T>... buckets) {
        return buckets;
    }
}
