package org.laborbridge.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.laborbridge.matching.MatchWeights;

/**
 * Top-20 recommendations for a worker over 100,000 open postings, through the index and through
 * the naive baseline that scores every pair and sorts, in the same run on the same generated data.
 * Run only by {@code ./mvnw -B -Pbench verify -Dtest=RecommendationBench
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures are printed, not asserted, except that
 * both ways recommend the same postings.
 */
class RecommendationBench {

    private static final int POSTINGS = 100_000;
    private static final int WORKERS = 2_000;
    private static final int WARM_UP = 300;
    private static final int TOP = 20;

    @Test
    void topTwentyForAWorkerOverAHundredThousandPostings() {
        GeneratedFacts facts = new GeneratedFacts(2026);
        MatchScorer scorer = new MatchScorer(MatchWeights.standard(), 500_000);
        List<PostingFacts> postings = facts.postings(POSTINGS);
        PostingIndex index = new PostingIndex();
        long loading = System.nanoTime();
        postings.forEach(index::put);
        loading = System.nanoTime() - loading;
        List<WorkerFacts> workers = facts.workers(WORKERS + WARM_UP);

        for (int i = 0; i < WARM_UP; i++) {
            WorkerFacts worker = workers.get(WORKERS + i);
            index.topFor(worker, TOP, scorer);
            Baseline.topPostings(worker, postings, TOP, scorer);
        }

        // The two ways run in separate passes, so that the baseline's garbage is not collected
        // while the index is being timed.
        long[] indexed = new long[WORKERS];
        long[] indexedAll = new long[WORKERS];
        int wantingNone = 0;
        List<List<Ranked<PostingFacts>>> fast = new ArrayList<>(WORKERS);
        System.gc();
        for (int i = 0; i < WORKERS; i++) {
            WorkerFacts worker = workers.get(i);
            long start = System.nanoTime();
            fast.add(index.topFor(worker, TOP, scorer));
            indexed[i] = System.nanoTime() - start;
            if (worker.wantedJobs().isEmpty()) {
                indexedAll[wantingNone++] = indexed[i];
            }
        }
        long[] naive = new long[WORKERS];
        long sink = 0;
        System.gc();
        for (int i = 0; i < WORKERS; i++) {
            WorkerFacts worker = workers.get(i);
            long start = System.nanoTime();
            List<Ranked<PostingFacts>> slow = Baseline.topPostings(worker, postings, TOP, scorer);
            naive[i] = System.nanoTime() - start;
            assertThat(fast.get(i)).as("top %d for worker %d", TOP, i).isEqualTo(slow);
            sink += slow.size();
        }

        Arrays.sort(indexed);
        Arrays.sort(naive);
        double speedUp = (double) percentile(naive, 50) / percentile(indexed, 50);
        System.out.printf(
                Locale.ROOT,
                "%nRecommendationBench: top-%d postings for each of %d workers (%d%% wanting no type, so scanning"
                        + " all) over %,d open postings, after %d warm-up workers; index loaded in %d ms; %d"
                        + " recommendations, all equal to the baseline's%n",
                TOP,
                WORKERS,
                100 * wantingNone / WORKERS,
                POSTINGS,
                WARM_UP,
                loading / 1_000_000,
                sink);
        System.out.printf(Locale.ROOT, "  index    : %s%n", figures(indexed));
        System.out.printf(
                Locale.ROOT,
                "    of which the %d wanting no type: %s%n",
                wantingNone,
                figures(Arrays.copyOf(indexedAll, wantingNone)));
        System.out.printf(Locale.ROOT, "  baseline : %s%n", figures(naive));
        System.out.printf(
                Locale.ROOT,
                "  speed-up : %.1fx at p50, %.1fx at p99 (goal p99 < 20 ms: %s)%n%n",
                speedUp,
                (double) percentile(naive, 99) / percentile(indexed, 99),
                percentile(indexed, 99) < 20_000_000 ? "met" : "NOT met");
    }

    private static String figures(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                percentile(sorted, 50) / 1e6,
                percentile(sorted, 95) / 1e6,
                percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
