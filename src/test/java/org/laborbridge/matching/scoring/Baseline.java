package org.laborbridge.matching.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The naive way: score every pair, keep the eligible candidates, sort them all, take the first n. */
final class Baseline {

    static List<Ranked<PostingFacts>> topPostings(
            WorkerFacts worker, Collection<PostingFacts> postings, int n, MatchScorer scorer) {
        List<Ranked<PostingFacts>> scored = new ArrayList<>();
        for (PostingFacts posting : postings) {
            int points = scorer.points(worker, posting);
            boolean candidate =
                    worker.wantedJobs().isEmpty() || worker.wantedJobs().contains(posting.jobType());
            if (points >= 0 && candidate) {
                scored.add(new Ranked<>(posting, points));
            }
        }
        scored.sort(Comparator.comparing((Ranked<PostingFacts> r) -> -r.points())
                .thenComparing(r -> r.candidate().id().value()));
        return List.copyOf(scored.subList(0, Math.min(n, scored.size())));
    }

    static List<Ranked<WorkerFacts>> topWorkers(
            PostingFacts posting, Collection<WorkerFacts> workers, int n, MatchScorer scorer) {
        List<Ranked<WorkerFacts>> scored = new ArrayList<>();
        for (WorkerFacts worker : workers) {
            int points = scorer.points(worker, posting);
            boolean candidate =
                    worker.wantedJobs().isEmpty() || worker.wantedJobs().contains(posting.jobType());
            if (points >= 0 && candidate) {
                scored.add(new Ranked<>(worker, points));
            }
        }
        scored.sort(Comparator.comparing((Ranked<WorkerFacts> r) -> -r.points())
                .thenComparing(r -> !r.candidate().registeredPoor())
                .thenComparing(r -> r.candidate().id().value()));
        return List.copyOf(scored.subList(0, Math.min(n, scored.size())));
    }

    private Baseline() {}
}
