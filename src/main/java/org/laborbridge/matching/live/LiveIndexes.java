package org.laborbridge.matching.live;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * records are re-read as their events arrive. Readers never take a lock; writers take this
 * object's, so an event waits for a running load and then applies on top of it.
 */
@Component
class LiveIndexes {

    private static final Logger log = LoggerFactory.getLogger(LiveIndexes.class);
    static final int PAGE = 10_000;

    private final WorkerRegistry registry;
    private final JobPostings postings;

    private volatile Snapshot snapshot = Snapshot.empty();
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

    /** Reads everything again and swaps it in. */
    synchronized void reload() {
        long started = System.nanoTime();
        LocalDate today = BureauTime.today();
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
        snapshot = fresh;
        lastLoadMillis = (System.nanoTime() - started) / 1_000_000;
        lastLoad = Instant.now();
        log.info(
                "Matching indexes loaded: {} open postings, {} workers seeking work ({} ms)",
                fresh.postingIndex().size(),
                fresh.workerIndex().size(),
                lastLoadMillis);
    }

    /** The posting as it is now: in the index while open with openings left, out otherwise. */
    synchronized void refreshPosting(JobPostingId id) {
        if (!loaded()) {
            return; // the first load will read it
        }
        Snapshot current = snapshot;
        Optional<JobPostingView> open = postings.openForMatching(id);
        if (open.isPresent()) {
            putPosting(current, open.get());
        } else {
            current.postingIndex().remove(id);
            current.postings().remove(id);
        }
    }

    /** The worker as they are now: in the index while seeking work, out otherwise. */
    synchronized void refreshWorker(WorkerId id) {
        if (!loaded()) {
            return;
        }
        Snapshot current = snapshot;
        Optional<SeekingWorker> seeking = registry.seekingWork(id);
        if (seeking.isPresent()) {
            putWorker(current, Facts.of(seeking.get(), BureauTime.today()));
        } else {
            current.workerIndex().remove(id);
            current.workers().remove(id);
        }
    }

    /** The worker's facts from the index, or read now when a load has not seen them yet. */
    Optional<WorkerFacts> worker(WorkerId id) {
        WorkerFacts held = snapshot.workers().get(id);
        return held != null
                ? Optional.of(held)
                : registry.seekingWork(id).map(worker -> Facts.of(worker, BureauTime.today()));
    }

    /** The posting and its facts from the index, or read now when a load has not seen it yet. */
    Optional<JobPostingView> posting(JobPostingId id) {
        JobPostingView held = snapshot.postings().get(id);
        return held != null ? Optional.of(held) : postings.openForMatching(id);
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
