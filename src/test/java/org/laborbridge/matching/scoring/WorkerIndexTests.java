package org.laborbridge.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.workers.WorkerId;

class WorkerIndexTests {

    private final MatchScorer scorer = new MatchScorer(MatchWeights.standard(), 500_000);

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20, 500})
    void ranksLikeScoringEveryWorkerAndSorting(int n) {
        GeneratedFacts facts = new GeneratedFacts(100 + n);
        WorkerIndex index = new WorkerIndex();
        List<WorkerFacts> workers = facts.workers(5000);
        workers.forEach(index::put);

        for (PostingFacts posting : facts.postings(300)) {
            assertThat(index.topFor(posting, n, scorer))
                    .as("top %d for %s", n, posting)
                    .isEqualTo(Baseline.topWorkers(posting, workers, n, scorer));
        }
    }

    @Test
    void findsTheFewAcceptedWorkersHoweverManyBetterOnesAreLeftOut() {
        WorkerIndex index = new WorkerIndex();
        for (long id = 1; id <= 3000; id++) {
            Pairs.Worker elsewhere = new Pairs.Worker();
            elsewhere.id = id;
            elsewhere.county = "370102";
            index.put(elsewhere.facts());
        }
        Pairs.Worker inScope = new Pairs.Worker();
        inScope.id = 5000;
        inScope.skills = java.util.Set.of();
        index.put(inScope.facts());

        assertThat(index.topFor(
                        new Pairs.Posting().facts(),
                        1,
                        scorer,
                        w -> w.householdCounty().startsWith("4331")))
                .extracting(Ranked::candidate)
                .containsExactly(inScope.facts());
    }

    @Test
    void putsRegisteredPoorWorkersFirstAmongEqualsThenLowerIds() {
        WorkerIndex index = new WorkerIndex();
        MatchScorer noBonus = new MatchScorer(new MatchWeights(40, 25, 15, 10, 10, 0), 500_000);
        for (long id = 1; id <= 6; id++) {
            Pairs.Worker worker = new Pairs.Worker();
            worker.id = id;
            worker.poor = id >= 5;
            index.put(worker.facts());
        }

        assertThat(index.topFor(new Pairs.Posting().facts(), 4, noBonus))
                .extracting(r -> r.candidate().id().value().getLeastSignificantBits())
                .containsExactly(5L, 6L, 1L, 2L);
    }

    @Test
    void aPostingReachesWorkersWantingItsTypeAndThoseWantingAny() {
        WorkerIndex index = new WorkerIndex();
        Pairs.Worker wantsAssembly = new Pairs.Worker();
        Pairs.Worker wantsCooking = new Pairs.Worker();
        wantsCooking.id = 2;
        wantsCooking.wanted = List.of("COOK");
        Pairs.Worker wantsAny = new Pairs.Worker();
        wantsAny.id = 3;
        wantsAny.wanted = List.of();
        Pairs.Worker wantsTwiceListed = new Pairs.Worker();
        wantsTwiceListed.id = 4;
        wantsTwiceListed.wanted = List.of("WAREHOUSE", "ASSEMBLY", "ASSEMBLY");
        List.of(wantsAssembly, wantsCooking, wantsAny, wantsTwiceListed).forEach(w -> index.put(w.facts()));

        assertThat(index.topFor(new Pairs.Posting().facts(), 10, scorer))
                .extracting(r -> r.candidate().id().value().getLeastSignificantBits())
                .containsExactly(1L, 4L, 3L);
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void aPostingWithoutOpeningsGetsNobody() {
        WorkerIndex index = new WorkerIndex();
        index.put(new Pairs.Worker().facts());
        Pairs.Posting full = new Pairs.Posting();
        full.openings = 0;

        assertThat(index.topFor(full.facts(), 10, scorer)).isEmpty();
    }

    @Test
    void followsChangedProfilesAndWorkersWhoStopSeeking() {
        GeneratedFacts facts = new GeneratedFacts(5);
        WorkerIndex index = new WorkerIndex();
        Map<WorkerId, WorkerFacts> seeking = new LinkedHashMap<>();
        facts.workers(3000).forEach(w -> {
            index.put(w);
            seeking.put(w.id(), w);
        });
        PostingFacts posting = facts.posting();
        List<Ranked<WorkerFacts>> before = index.topFor(posting, 20, scorer);
        assertThat(before).hasSizeGreaterThan(2);

        WorkerFacts hired = before.get(0).candidate();
        index.remove(hired.id());
        seeking.remove(hired.id());
        WorkerFacts changed = before.get(1).candidate();
        WorkerFacts wantsOtherWork = new WorkerFacts(
                changed.id(),
                changed.householdCounty(),
                changed.registeredPoor(),
                changed.willingToMigrate(),
                changed.education(),
                changed.age(),
                changed.skills(),
                List.of(posting.jobType().equals("COOK") ? "CLEANER" : "COOK"));
        index.put(wantsOtherWork);
        seeking.put(changed.id(), wantsOtherWork);

        List<Ranked<WorkerFacts>> after = index.topFor(posting, 20, scorer);
        assertThat(after).isEqualTo(Baseline.topWorkers(posting, seeking.values(), 20, scorer));
        assertThat(after).extracting(r -> r.candidate().id()).doesNotContain(hired.id(), changed.id());
        assertThat(index.size()).isEqualTo(seeking.size());
    }

    @Test
    void readersDuringWritesNeverFail() throws Exception {
        GeneratedFacts facts = new GeneratedFacts(13);
        WorkerIndex index = new WorkerIndex();
        List<WorkerFacts> workers = facts.workers(4000);
        workers.forEach(index::put);
        List<PostingFacts> postings = facts.postings(50);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (writing.get() || reads == 0) {
                        for (PostingFacts posting : postings) {
                            assertThat(index.topFor(posting, 20, scorer)).hasSizeLessThanOrEqualTo(20);
                            reads++;
                        }
                    }
                    return reads;
                }));
            }
            for (int round = 0; round < 20_000; round++) {
                WorkerFacts worker = workers.get(round % workers.size());
                if (round % 2 == 0) {
                    index.remove(worker.id());
                } else {
                    index.put(worker);
                }
            }
            writing.set(false);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
