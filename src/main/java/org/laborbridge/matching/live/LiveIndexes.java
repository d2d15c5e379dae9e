package org.laborbridge.matching.live;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.matching.IndexStatus;
import org.laborbridge.matching.scoring.Facts;
import org.laborbridge.matching.scoring.PostingIndex;
import org.laborbridge.matching.scoring.WorkerFacts;
import org.laborbridge.matching.scoring.WorkerIndex;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.SeekingWorker;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The open postings and the workers seeking work, held in memory for recommendations. A full
 * load reads both modules page by page and swaps the new indexes in whole; between loads single
 * records are re-read as their events arrive. Readers never take a lock; events take this
 * object's only briefly, also while a load reads (see {@link #reload()}).
 */
@Component
class LiveIndexes {

    private static final Logger log = LoggerFactory.getLogger(LiveIndexes.class);
    static final int PAGE = 10_000;

    private final WorkerRegistry registry;
    private final JobPostings postings;

    /** One full load at a time; events take this object's lock, which a load holds only to swap. */
    private final Object loading = new Object();

    private volatile Snapshot snapshot = Snapshot.empty();
    // The ids events named while a load reads; null when no load runs. Guarded by this.
    private Set<JobPostingId> touchedPostings;
    private Set<WorkerId> touchedWorkers;
    private volatile Instant lastLoad;
    private volatile long lastLoadMillis;

    LiveIndexes(WorkerRegistry registry, JobPostings postings) {
        this.registry = registry;
        this.postings = postings;
    }

    /** Both indexes and what the pages show of their entries. */
    record Snapshot(
            PostingIndex postingIndex,
            Map<JobPostingId, JobPostingView> postings,
            WorkerIndex workerIndex,
            Map<WorkerId, WorkerFacts> workers) {

        static Snapshot empty() {
            return new Snapshot(
                    new PostingIndex(), new ConcurrentHashMap<>(), new WorkerIndex(), new ConcurrentHashMap<>());
        }
    }

    Snapshot snapshot() {
        return snapshot;
    }

    boolean loaded() {
        return lastLoad != null;
    }

    IndexStatus status() {
        Snapshot current = snapshot;
        return new IndexStatus(
                current.postingIndex().size(), current.workerIndex().size(), lastLoad, lastLoadMillis);
    }

    /**
     * Reads everything again and swaps it in. The reading (minutes at national scale) holds no lock
     * that events wait for: the ids events name meanwhile are remembered, re-read and applied to
     * the new indexes just before the swap, so no change is lost and no request thread waits.
     */
    void reload() {
        synchronized (loading) {
            long started = System.nanoTime();
            synchronized (this) {
                touchedPostings = new HashSet<>();
                touchedWorkers = new HashSet<>();
            }
            Snapshot fresh;
            try {
                fresh = read(BureauTime.today());
            } catch (RuntimeException e) {
                synchronized (this) {
                    touchedPostings = null;
                    touchedWorkers = null;
                }
                throw e;
            }
            synchronized (this) {
                touchedPostings.forEach(id -> applyPosting(fresh, id));
                touchedWorkers.forEach(id -> applyWorker(fresh, id));
                touchedPostings = null;
                touchedWorkers = null;
                snapshot = fresh;
                lastLoadMillis = (System.nanoTime() - started) / 1_000_000;
                lastLoad = Instant.now();
            }
            log.info(
                    "Matching indexes loaded: {} open postings, {} workers seeking work ({} ms)",
                    fresh.postingIndex().size(),
                    fresh.workerIndex().size(),
                    lastLoadMillis);
        }
    }

    private Snapshot read(LocalDate today) {
        Snapshot fresh = Snapshot.empty();
        JobPostingId afterPosting = null;
        for (List<JobPostingView> page = postings.openForMatching(null, PAGE);
                !page.isEmpty();
                page = postings.openForMatching(afterPosting, PAGE)) {
            for (JobPostingView posting : page) {
                putPosting(fresh, posting);
            }
            afterPosting = page.get(page.size() - 1).id();
        }
        WorkerId afterWorker = null;
        for (List<SeekingWorker> page = registry.seekingWork(null, PAGE);
                !page.isEmpty();
                page = registry.seekingWork(afterWorker, PAGE)) {
            for (SeekingWorker worker : page) {
                putWorker(fresh, Facts.of(worker, today));
            }
            afterWorker = page.get(page.size() - 1).id();
        }
        return fresh;
    }

    /** The posting as it is now: in the index while open with openings left, out otherwise. */
    synchronized void refreshPosting(JobPostingId id) {
        if (touchedPostings != null) {
            touchedPostings.add(id); // a running load re-reads it before its swap
        }
        if (loaded()) {
            applyPosting(snapshot, id);
        }
    }

    /** The worker as they are now: in the index while seeking work, out otherwise. */
    synchronized void refreshWorker(WorkerId id) {
        if (touchedWorkers != null) {
            touchedWorkers.add(id);
        }
        if (loaded()) {
            applyWorker(snapshot, id);
        }
    }

    private void applyPosting(Snapshot into, JobPostingId id) {
        Optional<JobPostingView> open = postings.openForMatching(id);
        if (open.isPresent()) {
            putPosting(into, open.get());
        } else {
            into.postingIndex().remove(id);
            into.postings().remove(id);
        }
    }

    private void applyWorker(Snapshot into, WorkerId id) {
        Optional<SeekingWorker> seeking = seeking(id);
        if (seeking.isPresent()) {
            putWorker(into, Facts.of(seeking.get(), BureauTime.today()));
        } else {
            into.workerIndex().remove(id);
            into.workers().remove(id);
        }
    }

    /** The worker's facts from the index, or read now when a load has not seen them yet. */
    Optional<WorkerFacts> worker(WorkerId id) {
        WorkerFacts held = snapshot.workers().get(id);
        return held != null ? Optional.of(held) : seeking(id).map(worker -> Facts.of(worker, BureauTime.today()));
    }

    /** The posting and its facts from the index, or read now when a load has not seen it yet. */
    Optional<JobPostingView> posting(JobPostingId id) {
        JobPostingView held = snapshot.postings().get(id);
        return held != null ? Optional.of(held) : postings.openForMatching(id);
    }

    private Optional<SeekingWorker> seeking(WorkerId id) {
        return registry.seekingWorkAmong(List.of(id)).stream().findFirst();
    }

    private static void putPosting(Snapshot into, JobPostingView posting) {
        into.postings().put(posting.id(), posting);
        into.postingIndex().put(Facts.of(posting));
    }

    private static void putWorker(Snapshot into, WorkerFacts worker) {
        into.workers().put(worker.id(), worker);
        into.workerIndex().put(worker);
    }
}
