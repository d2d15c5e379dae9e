package org.laborbridge.matching.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.shared.Catalogue;

/**
 * The open postings with openings left, kept in memory by job type so that a worker's candidates
 * are the postings of the types they want (all postings when they want none); updated in place as
 * postings open, fill and close. Thread-safe: readers never see a half-applied change.
 */
public final class PostingIndex {

    /** Best first among equal points: the lower posting id, so that the order is stable. */
    private static final long HOUSING = 1;

    private static final long UNLISTED_SKILL = 2;
    private static final int SKILL_SHIFT = 2;
    private static final long SKILL_BITS = (1L << 30) - 1;
    // A wage capped at 2^32 fen (43 million yuan) still counts fully against any sane reference.
    private static final int WAGE_SHIFT = 32;
    private static final Map<String, Integer> SKILL_INDEX = skillIndex();

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
        int held = skillMask(worker.skills());
        int floor = top.floor();
        for (int i = 0, size = bucket.size(); i < size; i++) {
            long trait = bucket.trait(i);
            if (floor >= 0
                    && scorer.ceiling(
                                    worker,
                                    jobTypeFraction,
                                    skillsFraction(trait, held),
                                    trait >>> WAGE_SHIFT,
                                    (trait & HOUSING) != 0)
                            < floor) {
                continue;
            }
            PostingFacts posting = bucket.get(i);
            top.offer(posting, scorer.points(worker, posting));
            floor = top.floor();
        }
    }

    /**
     * The share of the required skills held, as the scorer counts it, from the posting's skill bits;
     * 1.0 (never too low) when the posting requires a skill outside the catalogue's first 30.
     */
    static double skillsFraction(long trait, int heldMask) {
        if ((trait & UNLISTED_SKILL) != 0) {
            return 1.0;
        }
        int required = (int) ((trait >>> SKILL_SHIFT) & SKILL_BITS);
        int count = Integer.bitCount(required);
        return count == 0 ? 1.0 : (double) Integer.bitCount(required & heldMask) / count;
    }

    /**
     * What the ceiling of the points needs, packed in one long: housing (bit 0), a skill outside
     * the bits (bit 1), the required skills (bits 2–31), the mid wage in fen (bits 32–63).
     */
    static long traits(PostingFacts posting) {
        long mid = Math.max(0, Math.min(MatchScorer.midWageFen(posting), 0xFFFF_FFFFL));
        boolean unlisted = false;
        long required = 0;
        for (String skill : posting.requiredSkills()) {
            Integer bit = SKILL_INDEX.get(skill);
            if (bit == null) {
                unlisted = true;
            } else {
                required |= 1L << bit;
            }
        }
        return mid << WAGE_SHIFT
                | required << SKILL_SHIFT
                | (unlisted ? UNLISTED_SKILL : 0)
                | (posting.housingProvided() ? HOUSING : 0);
    }

    static int skillMask(Set<String> skills) {
        int mask = 0;
        for (String skill : skills) {
            Integer bit = SKILL_INDEX.get(skill);
            if (bit != null) {
                mask |= 1 << bit;
            }
        }
        return mask;
    }

    private static Map<String, Integer> skillIndex() {
        Map<String, Integer> index = new HashMap<>();
        List<Catalogue.Entry> skills = Catalogue.skills().entries();
        for (int i = 0; i < Math.min(30, skills.size()); i++) {
            index.put(skills.get(i).code(), i);
        }
        return Map.copyOf(index);
    }

    @SuppressWarnings("unchecked")
    private static Buckets.Bucket<PostingFacts>[] in(
            Buckets.Bucket<PostingFacts> typeBucket, Buckets.Bucket<PostingFacts> allBucket) {
        return (Buckets.Bucket<PostingFacts>[]) new Buckets.Bucket<?>[] {typeBucket, allBucket};
    }
}
