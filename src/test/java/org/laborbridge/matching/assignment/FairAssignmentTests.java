package org.laborbridge.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.matching.MatchWeights;
import org.laborbridge.matching.assignment.AssignmentResult.Assigned;
import org.laborbridge.matching.assignment.AssignmentResult.Unassigned;
import org.laborbridge.matching.assignment.AssignmentResult.Why;
import org.laborbridge.matching.scoring.MatchScorer;
import org.laborbridge.matching.scoring.PostingFacts;
import org.laborbridge.matching.scoring.WorkerFacts;
import org.laborbridge.workers.WorkerId;

class FairAssignmentTests {

    private static final ToIntBiFunction<WorkerFacts, PostingFacts> EVERYONE_EQUAL = (w, p) -> 50;

    @Test
    void aRegisteredPoorWorkerGetsTheLastOpeningOnEqualPoints() {
        WorkerFacts first = worker(false, "ASSEMBLY");
        WorkerFacts poor = worker(true, "ASSEMBLY");
        PostingFacts posting = posting("ASSEMBLY", 1);

        AssignmentResult result = FairAssignment.assign(List.of(first, poor), List.of(posting), EVERYONE_EQUAL, 50);

        assertThat(result.assigned()).containsExactly(new Assigned(poor.id(), posting.id(), 50, 1));
        assertThat(result.unassigned()).containsExactly(new Unassigned(first.id(), Why.OUTRANKED));
    }

    @Test
    void theEarlierSignUpGetsTheLastOpeningOnEqualPointsAndStatus() {
        WorkerFacts first = worker(true, "ASSEMBLY");
        WorkerFacts second = worker(true, "ASSEMBLY");
        PostingFacts posting = posting("ASSEMBLY", 1);

        AssignmentResult result = FairAssignment.assign(List.of(first, second), List.of(posting), EVERYONE_EQUAL, 50);

        assertThat(result.assigned()).extracting(Assigned::worker).containsExactly(first.id());
    }

    @Test
    void morePointsWinOverPriorityStatus() {
        WorkerFacts poor = worker(true, "ASSEMBLY");
        WorkerFacts stronger = worker(false, "ASSEMBLY");
        PostingFacts posting = posting("ASSEMBLY", 1);

        AssignmentResult result =
                FairAssignment.assign(List.of(poor, stronger), List.of(posting), (w, p) -> w == stronger ? 60 : 50, 50);

        assertThat(result.assigned()).containsExactly(new Assigned(stronger.id(), posting.id(), 60, 1));
        assertThat(result.totalPoints()).isEqualTo(60);
    }

    @Test
    void saysWhyAWorkerStayedUnassigned() {
        WorkerFacts wantsWhatNobodyOffers = worker(false, "WELDER");
        WorkerFacts excludedEverywhere = worker(false, "ASSEMBLY");
        WorkerFacts winner = worker(true, "ASSEMBLY");
        WorkerFacts outranked = worker(false, "ASSEMBLY");
        PostingFacts posting = posting("ASSEMBLY", 1);

        AssignmentResult result = FairAssignment.assign(
                List.of(wantsWhatNobodyOffers, excludedEverywhere, winner, outranked),
                List.of(posting),
                (w, p) -> w == excludedEverywhere ? -1 : 40,
                50);

        assertThat(result.unassigned())
                .containsExactly(
                        new Unassigned(wantsWhatNobodyOffers.id(), Why.NO_WANTED_JOB_TYPE),
                        new Unassigned(excludedEverywhere.id(), Why.NO_ELIGIBLE_POSTING),
                        new Unassigned(outranked.id(), Why.OUTRANKED));
    }

    @Test
    void blamesTheJobTypesOnlyWhenNoneTheWorkerWantsIsOffered() {
        WorkerFacts welderOrAssembler = worker(false, "WELDER", "ASSEMBLY");
        WorkerFacts anything = worker(false);
        PostingFacts assembly = posting("ASSEMBLY", 1);

        AssignmentResult excluded =
                FairAssignment.assign(List.of(welderOrAssembler, anything), List.of(assembly), (w, p) -> -1, 50);

        assertThat(excluded.unassigned())
                .containsExactly(
                        new Unassigned(welderOrAssembler.id(), Why.NO_ELIGIBLE_POSTING),
                        new Unassigned(anything.id(), Why.NO_ELIGIBLE_POSTING));
        assertThat(FairAssignment.whyUnassigned(worker(false, "WELDER"), 0, Set.of("ASSEMBLY")))
                .isEqualTo(Why.NO_WANTED_JOB_TYPE);
        assertThat(FairAssignment.whyUnassigned(worker(false, "WELDER"), 0, Set.of()))
                .as("a fair without postings is not about job types")
                .isEqualTo(Why.NO_ELIGIBLE_POSTING);
    }

    @Test
    void aWorkerWhoWantsNoTypeConsidersEveryPostingAndOthersOnlyTheirTypes() {
        WorkerFacts open = worker(false);
        WorkerFacts welder = worker(false, "WELDER");
        PostingFacts cleaning = posting("CLEANER", 1);
        PostingFacts assembly = posting("ASSEMBLY", 1);
        Map<PostingFacts, Integer> points = Map.of(cleaning, 10, assembly, 30);

        FairAssignment.Prepared prepared =
                FairAssignment.prepare(List.of(open, welder), List.of(cleaning, assembly), (w, p) -> points.get(p), 50);

        assertThat(prepared.lists().length(0)).isEqualTo(2);
        assertThat(prepared.lists().posting[0]).isEqualTo(1);
        assertThat(prepared.lists().length(1)).isZero();
    }

    @Test
    void listsKeepTheBestPostingsByPointsCutToTheListLength() {
        WorkerFacts worker = worker(false, "ASSEMBLY", "CLEANER");
        List<PostingFacts> postings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            postings.add(posting(i % 2 == 0 ? "ASSEMBLY" : "CLEANER", 1));
        }

        FairAssignment.Prepared prepared =
                FairAssignment.prepare(List.of(worker), postings, (w, p) -> 10 * postings.indexOf(p), 3);

        assertThat(prepared.lists().length(0)).isEqualTo(3);
        assertThat(new int[] {prepared.lists().posting[0], prepared.lists().posting[1], prepared.lists().posting[2]})
                .containsExactly(9, 8, 7);
        AssignmentResult result =
                FairAssignment.assign(List.of(worker), postings, (w, p) -> 10 * postings.indexOf(p), 3);
        assertThat(result.assigned())
                .containsExactly(new Assigned(worker.id(), postings.get(9).id(), 90, 1));
    }

    @Test
    void givesTheNextPostingOnTheListWhenTheBestIsTaken() {
        WorkerFacts poor = worker(true, "ASSEMBLY");
        WorkerFacts other = worker(false, "ASSEMBLY");
        PostingFacts best = posting("ASSEMBLY", 1);
        PostingFacts next = posting("ASSEMBLY", 1);

        AssignmentResult result =
                FairAssignment.assign(List.of(other, poor), List.of(best, next), (w, p) -> p == best ? 70 : 50, 50);

        assertThat(result.assigned())
                .containsExactly(new Assigned(other.id(), next.id(), 50, 2), new Assigned(poor.id(), best.id(), 70, 1));
        assertThat(result.totalPoints()).isEqualTo(120);
    }

    @Test
    void aPostingWithoutOpeningsTakesNobody() {
        WorkerFacts worker = worker(false, "ASSEMBLY");

        AssignmentResult result =
                FairAssignment.assign(List.of(worker), List.of(posting("ASSEMBLY", 0)), EVERYONE_EQUAL, 50);

        assertThat(result.assigned()).isEmpty();
        assertThat(result.unassigned()).containsExactly(new Unassigned(worker.id(), Why.OUTRANKED));
    }

    @Test
    void noWorkersOrNoPostingsGiveAnEmptyAssignment() {
        AssignmentResult nobody = FairAssignment.assign(List.of(), List.of(posting("ASSEMBLY", 3)), EVERYONE_EQUAL, 50);
        WorkerFacts worker = worker(false);
        AssignmentResult nowhere = FairAssignment.assign(List.of(worker), List.of(), EVERYONE_EQUAL, 50);

        assertThat(nobody.assigned()).isEmpty();
        assertThat(nobody.unassigned()).isEmpty();
        assertThat(nobody.totalPoints()).isZero();
        assertThat(nowhere.assigned()).isEmpty();
        assertThat(nowhere.unassigned()).containsExactly(new Unassigned(worker.id(), Why.NO_ELIGIBLE_POSTING));
    }

    @Test
    void refusesAListLengthBelowOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FairAssignment.assign(List.of(), List.of(), EVERYONE_EQUAL, 0));
    }

    @Test
    void withTheScorerARegisteredPoorWorkerWinsEqualPointsEvenWithoutABonus() {
        MatchScorer noBonus = new MatchScorer(new MatchWeights(40, 25, 15, 10, 10, 0), 500_000);
        WorkerFacts first = worker(false, "ASSEMBLY");
        WorkerFacts poor = worker(true, "ASSEMBLY");
        PostingFacts posting = posting("ASSEMBLY", 1);

        AssignmentResult result = FairAssignment.assign(List.of(first, poor), List.of(posting), noBonus, 50);

        assertThat(noBonus.points(poor, posting)).isEqualTo(noBonus.points(first, posting));
        assertThat(result.assigned())
                .containsExactly(new Assigned(poor.id(), posting.id(), noBonus.points(poor, posting), 1));
    }

    @Test
    void withTheScorerAHardRequirementLeavesNoEligiblePosting() {
        MatchScorer scorer = new MatchScorer(MatchWeights.standard(), 500_000);
        WorkerFacts thirty = worker(false, "ASSEMBLY");
        PostingFacts youngOnly = new PostingFacts(
                JobPostingId.random(), "ASSEMBLY", 5, 400_000, 600_000, "370102", true, null, 25, null, Set.of());

        AssignmentResult result = FairAssignment.assign(List.of(thirty), List.of(youngOnly), scorer, 50);

        assertThat(result.unassigned()).containsExactly(new Unassigned(thirty.id(), Why.NO_ELIGIBLE_POSTING));
    }

    @Property(tries = 200)
    void randomFairsAreStableWithinCapacityAndMatchTheTextbookAlgorithm(@ForAll long seed) {
        Random random = new Random(seed);
        String[] types = {"ASSEMBLY", "CLEANER", "COOK", "WELDER"};
        List<PostingFacts> postings = new ArrayList<>();
        for (int p = random.nextInt(8); p > 0; p--) {
            postings.add(posting(types[random.nextInt(types.length)], random.nextInt(4)));
        }
        List<WorkerFacts> workers = new ArrayList<>();
        for (int w = random.nextInt(40); w > 0; w--) {
            int wanted = random.nextInt(3);
            String[] jobs = new String[wanted];
            for (int j = 0; j < wanted; j++) {
                jobs[j] = types[random.nextInt(types.length)];
            }
            workers.add(worker(random.nextBoolean(), jobs));
        }
        // Points from the pair's hashes: arbitrary, repeatable, with exclusions and many ties.
        ToIntBiFunction<WorkerFacts, PostingFacts> points =
                (w, p) -> Math.floorMod(w.id().hashCode() * 31 + p.id().hashCode(), 5) - 1;

        FairAssignment.Prepared prepared = FairAssignment.prepare(workers, postings, points, 1 + random.nextInt(4));
        AssignmentResult result = prepared.result(DeferredAcceptance.run(prepared.lists()));
        StabilityCheck.Report report = StabilityCheck.check(prepared, result);

        assertThat(report.holds()).as(report.toString()).isTrue();
        assertThat(result).isEqualTo(prepared.result(ReferenceDeferredAcceptance.run(prepared.lists())));
        assertThat(result.assigned().size() + result.unassigned().size()).isEqualTo(workers.size());
    }

    static WorkerFacts worker(boolean registeredPoor, String... wantedJobs) {
        return new WorkerFacts(
                WorkerId.random(), "433122", registeredPoor, true, null, 30, Set.of(), List.of(wantedJobs));
    }

    static PostingFacts posting(String jobType, int openings) {
        return new PostingFacts(
                JobPostingId.random(), jobType, openings, 400_000, 600_000, "370102", true, null, null, null, Set.of());
    }
}
