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
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.matching.MatchWeights;

class PostingIndexTests {

    private final MatchScorer scorer = new MatchScorer(MatchWeights.standard(), 500_000);

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20, 500})
    void ranksLikeScoringEveryPostingAndSorting(int n) {
        GeneratedFacts facts = new GeneratedFacts(n);
        PostingIndex index = new PostingIndex();
        List<PostingFacts> postings = facts.postings(5000);
        postings.forEach(index::put);

        for (WorkerFacts worker : facts.workers(300)) {
            assertThat(index.topFor(worker, n, scorer))
                    .as("top %d for %s", n, worker)
                    .isEqualTo(Baseline.topPostings(worker, postings, n, scorer));
        }
    }

    @Test
    void breaksTiesByPostingIdAndKeepsTheBestOnly() {
        Pairs.Worker worker = new Pairs.Worker();
        PostingIndex index = new PostingIndex();
        for (long id = 10; id > 0; id--) {
            Pairs.Posting posting = new Pairs.Posting();
            posting.id = id;
            posting.housing = id % 2 == 0;
            index.put(posting.facts());
        }

        List<Ranked<PostingFacts>> top = index.topFor(worker.facts(), 4, scorer);

        assertThat(top).extracting(Ranked::points).containsExactly(100, 100, 100, 100);
        assertThat(top)
                .extracting(r -> r.candidate().id().value().getLeastSignificantBits())
                .containsExactly(2L, 4L, 6L, 8L);
    }

    @Test
    void aWorkerWantingNothingSeesEveryTypeAndOneWantingSomeOnlyThose() {
        PostingIndex index = new PostingIndex();
        Pairs.Posting assembly = new Pairs.Posting();
        Pairs.Posting cook = new Pairs.Posting();
        cook.jobType = "COOK";
        cook.id = 2;
        index.put(assembly.facts());
        index.put(cook.facts());
        Pairs.Worker worker = new Pairs.Worker();

        assertThat(index.topFor(worker.facts(), 10, scorer))
                .extracting(r -> r.candidate().jobType())
                .containsExactly("ASSEMBLY");
        worker.wanted = List.of();
        assertThat(index.topFor(worker.facts(), 10, scorer))
                .extracting(r -> r.candidate().jobType())
                .containsExactlyInAnyOrder("ASSEMBLY", "COOK");
    }

    @Test
    void leavesOutExcludedPostings() {
        PostingIndex index = new PostingIndex();
        Pairs.Posting tooYoungOnly = new Pairs.Posting();
        tooYoungOnly.maxAge = 25;
        index.put(tooYoungOnly.facts());

        assertThat(index.topFor(new Pairs.Worker().facts(), 10, scorer)).isEmpty();
        assertThat(index.topFor(new Pairs.Worker().facts(), 0, scorer)).isEmpty();
    }

    @Test
    void followsPostingsAsTheyOpenChangeFillAndClose() {
        GeneratedFacts facts = new GeneratedFacts(7);
        PostingIndex index = new PostingIndex();
        Map<JobPostingId, PostingFacts> open = new LinkedHashMap<>();
        facts.postings(3000).forEach(p -> {
            index.put(p);
            open.put(p.id(), p);
        });
        WorkerFacts worker = facts.worker();
        List<Ranked<PostingFacts>> before = index.topFor(worker, 20, scorer);
        assertThat(before).isNotEmpty();

        PostingFacts best = before.get(0).candidate();
        index.put(withOpenings(best, 0));
        open.remove(best.id());
        assertThat(index.topFor(worker, 20, scorer))
                .extracting(Ranked::candidate)
                .doesNotContain(best);

        PostingFacts second = before.get(1).candidate();
        index.remove(second.id());
        open.remove(second.id());
        PostingFacts changed = withOpenings(before.get(2).candidate(), 99);
        index.put(changed);
        open.put(changed.id(), changed);
        Pairs.Posting fresh = new Pairs.Posting();
        fresh.jobType =
                worker.wantedJobs().isEmpty() ? "ASSEMBLY" : worker.wantedJobs().get(0);
        fresh.minAge = null;
        fresh.maxAge = null;
        fresh.minEducation = null;
        fresh.skills = java.util.Set.of();
        fresh.county = worker.householdCounty();
        fresh.id = 0;
        index.put(fresh.facts());
        open.put(fresh.facts().id(), fresh.facts());

        List<Ranked<PostingFacts>> after = index.topFor(worker, 20, scorer);
        assertThat(after).isEqualTo(Baseline.topPostings(worker, open.values(), 20, scorer));
        assertThat(after)
                .extracting(Ranked::candidate)
                .contains(fresh.facts(), changed)
                .doesNotContain(best, second);
        assertThat(index.size()).isEqualTo(open.size());
    }

    @Test
    void readersDuringWritesNeverFailNorSeeClosedPostings() throws Exception {
        GeneratedFacts facts = new GeneratedFacts(11);
        PostingIndex index = new PostingIndex();
        List<PostingFacts> postings = facts.postings(4000);
        postings.forEach(index::put);
        List<WorkerFacts> workers = facts.workers(50);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (writing.get() || reads == 0) {
                        for (WorkerFacts worker : workers) {
                            for (Ranked<PostingFacts> ranked : index.topFor(worker, 20, scorer)) {
                                assertThat(ranked.candidate().openingsLeft()).isPositive();
                            }
                            reads++;
                        }
                    }
                    return reads;
                }));
            }
            for (int round = 0; round < 20_000; round++) {
                PostingFacts posting = postings.get(round % postings.size());
                if (round % 3 == 0) {
                    index.remove(posting.id());
                } else if (round % 3 == 1) {
                    index.put(withOpenings(posting, 0));
                } else {
                    index.put(posting);
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

    static PostingFacts withOpenings(PostingFacts p, int openings) {
        return new PostingFacts(
                p.id(),
                p.jobType(),
                openings,
                p.wageMinFen(),
                p.wageMaxFen(),
                p.workCounty(),
                p.housingProvided(),
                p.minAge(),
                p.maxAge(),
                p.minEducation(),
                p.requiredSkills());
    }
}
