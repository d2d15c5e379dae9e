package org.laborbridge.matching.live;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.laborbridge.employers.JobPostingChanged;
import org.laborbridge.employers.JobPostingClosed;
import org.laborbridge.employers.JobPostingFilled;
import org.laborbridge.employers.JobPostingPublished;
import org.laborbridge.matching.weights.CurrentScorer;
import org.laborbridge.workers.WorkerChanged;
import org.laborbridge.workers.WorkerRegistered;
import org.laborbridge.workers.WorkersImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the indexes live: a full load at startup once the demos have seeded their records (after
 * the reporting figures), one every ten minutes as a safety net (postings also expire by date),
 * and in between each committed change re-reads the one record it names. The listeners run right
 * after the commit in the thread that committed, so the next request already sees the change; a
 * bulk import instead starts a full load in the background.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 95)
class IndexLoading implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexLoading.class);

    private final LiveIndexes indexes;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "matching-reload");
        thread.setDaemon(true);
        return thread;
    });

    private final CurrentScorer scorers;

    IndexLoading(LiveIndexes indexes, CurrentScorer scorers) {
        this.indexes = indexes;
        this.scorers = scorers;
    }

    /**
     * A failed first load does not stop the application: recommendations stay empty (the index
     * status shows no load yet) until the next scheduled load succeeds.
     */
    @Override
    public void run(ApplicationArguments args) {
        safely(indexes::reload);
    }

    @Scheduled(
            initialDelayString = "${laborbridge.matching.reload-every:PT10M}",
            fixedDelayString = "${laborbridge.matching.reload-every:PT10M}")
    void onSchedule() {
        // Another node may have changed the weights: its cache is updated, this one's is re-read here.
        safely(scorers::reread);
        safely(indexes::reload);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(JobPostingPublished event) {
        safely(() -> indexes.refreshPosting(event.posting()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(JobPostingFilled event) {
        safely(() -> indexes.refreshPosting(event.posting()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(JobPostingClosed event) {
        safely(() -> indexes.refreshPosting(event.posting()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(JobPostingChanged event) {
        safely(() -> indexes.refreshPosting(event.posting()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkerRegistered event) {
        safely(() -> indexes.refreshWorker(event.worker()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkerChanged event) {
        safely(() -> indexes.refreshWorker(event.worker()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WorkersImported event) {
        if (indexes.loaded()) {
            background.execute(() -> safely(indexes::reload));
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }

    /** A failed refresh or load leaves the indexes as they were; the next load repairs them. */
    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Matching index not updated; the next full load will repair it", e);
        }
    }
}
