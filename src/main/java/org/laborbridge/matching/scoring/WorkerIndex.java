package org.laborbridge.matching.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.laborbridge.workers.WorkerId;

/**
 * The workers seeking work, kept in memory by wanted job type (and those who named none), so that
 * a posting's candidates are the people who want its type plus those who want any; updated in
 * place as profiles change. Thread-safe: readers never see a half-applied change.
 */
public final class WorkerIndex {

    /** Best first among equal points: registered-poor workers (the priority policy), then lower id. */
    static final Comparator<WorkerFacts> TIE_BREAK = Comparator.comparing(
                    (WorkerFacts worker) -> !worker.registeredPoor())
            .thenComparing(worker -> worker.id().value());

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Buckets<String, WorkerFacts> buckets = new Buckets<>(worker -> 0);
    private final Buckets.Bucket<WorkerFacts> wantingNone = new Buckets.Bucket<>();

    /** Adds or replaces a worker seeking work. */
    public void put(WorkerFacts worker) {
        Objects.requireNonNull(worker, "worker");
        lock.writeLock().lock();
        try {
            buckets.put(worker.id(), worker, bucketsOf(worker));
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(WorkerId worker) {
        lock.writeLock().lock();
        try {
            buckets.remove(worker);
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
     * The best {@code n} eligible workers for the posting, best first (ties: registered-poor, then
     * id). Scores only the workers who want the posting's type or named none.
     */
    public List<Ranked<WorkerFacts>> topFor(PostingFacts posting, int n, MatchScorer scorer) {
        return topFor(posting, n, scorer, worker -> true);
    }

    /**
     * The same among the workers {@code among} accepts, e.g. those of a partner's regions: filtered
     * before they enter the top N, so that a short list means there are no more such workers.
     */
    public List<Ranked<WorkerFacts>> topFor(
            PostingFacts posting, int n, MatchScorer scorer, Predicate<WorkerFacts> among) {
        if (n <= 0 || posting.openingsLeft() <= 0) {
            return List.of();
        }
        TopN<WorkerFacts> top = new TopN<>(n, TIE_BREAK);
        lock.readLock().lock();
        try {
            Buckets.Bucket<WorkerFacts> wanting = buckets.bucket(posting.jobType());
            if (wanting != null) {
                wanting.forEach(worker -> offer(top, worker, posting, scorer, among));
            }
            wantingNone.forEach(worker -> offer(top, worker, posting, scorer, among));
        } finally {
            lock.readLock().unlock();
        }
        return top.best();
    }

    private static void offer(
            TopN<WorkerFacts> top,
            WorkerFacts worker,
            PostingFacts posting,
            MatchScorer scorer,
            Predicate<WorkerFacts> among) {
        if (among.test(worker)) {
            top.offer(worker, scorer.points(worker, posting));
        }
    }

    // One bucket per distinct wanted type; a worker who wants none sits in the "wants none" bucket.
    @SuppressWarnings("unchecked")
    private Buckets.Bucket<WorkerFacts>[] bucketsOf(WorkerFacts worker) {
        List<String> wanted = worker.wantedJobs().stream().distinct().toList();
        if (wanted.isEmpty()) {
            return (Buckets.Bucket<WorkerFacts>[]) new Buckets.Bucket<?>[] {wantingNone};
        }
        Buckets.Bucket<WorkerFacts>[] result = (Buckets.Bucket<WorkerFacts>[]) new Buckets.Bucket<?>[wanted.size()];
        for (int i = 0; i < wanted.size(); i++) {
            result[i] = buckets.bucketFor(wanted.get(i));
        }
        return result;
    }
}
