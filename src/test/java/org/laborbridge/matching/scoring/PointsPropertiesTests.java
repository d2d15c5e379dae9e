package org.laborbridge.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.laborbridge.matching.MatchWeights;

class PointsPropertiesTests {

    private static MatchScorer scorer(GeneratedFacts facts, int referenceYuan) {
        int[] w = new int[6];
        do {
            for (int i = 0; i < w.length; i++) {
                w[i] = facts.nextInt(MatchWeights.MAX + 1);
            }
        } while (w[0] + w[1] + w[2] + w[3] + w[4] == 0);
        return new MatchScorer(new MatchWeights(w[0], w[1], w[2], w[3], w[4], w[5]), referenceYuan * 100L);
    }

    @Property(tries = 2000)
    void theFastPathAgreesWithTheExplainedScore(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 20_000) int referenceYuan) {
        GeneratedFacts facts = new GeneratedFacts(seed);
        MatchScorer scorer = scorer(facts, referenceYuan);
        WorkerFacts worker = facts.worker();
        PostingFacts posting = facts.anyPosting();

        Score score = scorer.score(worker, posting);

        assertThat(scorer.points(worker, posting)).isEqualTo(score.eligible() ? score.points() : -1);
        assertThat(score.reasons()).isNotEmpty();
        assertThat(score.reasons().stream().anyMatch(Reason::excludes)).isEqualTo(!score.eligible());
    }

    @Property(tries = 2000)
    void eligiblePointsStayWithinZeroAndTheMaximum(@ForAll long seed) {
        GeneratedFacts facts = new GeneratedFacts(seed);
        MatchScorer scorer = scorer(facts, 5000);
        int points = scorer.points(facts.worker(), facts.anyPosting());

        assertThat(points).isBetween(-1, scorer.maxPoints());
    }

    @Property(tries = 2000)
    void theCeilingTheIndexSkipsByIsNeverBelowThePoints(@ForAll long seed) {
        GeneratedFacts facts = new GeneratedFacts(seed);
        MatchScorer scorer = scorer(facts, 1000 + facts.nextInt(9000));
        WorkerFacts worker = facts.worker();
        PostingFacts posting = facts.posting();

        long traits = PostingIndex.traits(posting);
        int ceiling = scorer.ceiling(
                worker,
                MatchScorer.jobTypeFraction(worker, posting.jobType()),
                PostingIndex.skillsFraction(traits, PostingIndex.skillMask(worker.skills())),
                MatchScorer.midWageFen(posting),
                posting.housingProvided());

        assertThat(ceiling).isGreaterThanOrEqualTo(scorer.points(worker, posting));
    }

    @Property(tries = 1000)
    void theBonusAddsExactlyForRegisteredPoorWorkers(@ForAll long seed) {
        GeneratedFacts facts = new GeneratedFacts(seed);
        MatchScorer scorer = scorer(facts, 5000);
        WorkerFacts worker = facts.worker();
        PostingFacts posting = facts.anyPosting();
        WorkerFacts poor = new WorkerFacts(
                worker.id(),
                worker.householdCounty(),
                true,
                worker.willingToMigrate(),
                worker.education(),
                worker.age(),
                worker.skills(),
                worker.wantedJobs());
        WorkerFacts notPoor = new WorkerFacts(
                worker.id(),
                worker.householdCounty(),
                false,
                worker.willingToMigrate(),
                worker.education(),
                worker.age(),
                worker.skills(),
                worker.wantedJobs());

        int without = scorer.points(notPoor, posting);
        int with = scorer.points(poor, posting);

        assertThat(with).isEqualTo(without < 0 ? -1 : without + scorer.weights().poorPriorityBonus());
    }
}
