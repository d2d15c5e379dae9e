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
    private final Buckets<String, PostingFacts> buckets = new Buckets<>();
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
                all.forEach(posting -> top.offer(posting, scorer.points(worker, posting)));
            } else {
                for (int i = 0; i < wanted.size(); i++) {
                    Buckets.Bucket<PostingFacts> bucket = buckets.bucket(wanted.get(i));
                    if (bucket != null && wanted.indexOf(wanted.get(i)) == i) {
                        bucket.forEach(posting -> top.offer(posting, scorer.points(worker, posting)));
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return top.best();
    }

    @SafeVarargs
    private static <T> Buckets.Bucket<T>[] in(Buckets.Bucket<T>... buckets) {
        return buckets;
    }
}
