package org.laborbridge.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DeferredAcceptanceTests {

    @Property(tries = 400)
    void findsTheSameMatchingAsTheTextbookAlgorithm(@ForAll long seed) {
        PreferenceLists lists = RandomLists.of(new Random(seed));

        assertThat(DeferredAcceptance.run(lists)).containsExactly(ReferenceDeferredAcceptance.run(lists));
    }

    @Property(tries = 400)
    void neverExceedsCapacityAndLeavesNoBlockingPair(@ForAll long seed) {
        PreferenceLists lists = RandomLists.of(new Random(seed));

        StabilityCheck.Report report = StabilityCheck.check(lists, DeferredAcceptance.run(lists));

        assertThat(report.holds()).as(report.toString()).isTrue();
    }

    @Test
    void aHigherKeyDisplacesTheLowestHeldWorker() {
        // One posting with one opening: worker 0 proposes first, worker 1 ranks higher and displaces them.
        PreferenceLists lists =
                PreferenceLists.of(new int[][] {{0, 1}, {0}}, new long[][] {{5, 9}, {7}}, new int[] {1, 1});

        int[] got = DeferredAcceptance.run(lists);

        assertThat(got).containsExactly(1, 2);
    }

    @Test
    void aWorkerWithAnEmptyListOrOnlyFullPostingsGetsNothing() {
        PreferenceLists lists =
                PreferenceLists.of(new int[][] {{}, {0}, {0}}, new long[][] {{}, {9}, {3}}, new int[] {1});

        assertThat(DeferredAcceptance.run(lists)).containsExactly(-1, 0, -1);
    }

    @Test
    void aPostingWithoutCapacityTakesNobody() {
        PreferenceLists lists = PreferenceLists.of(new int[][] {{0, 1}}, new long[][] {{1, 1}}, new int[] {0, 2});

        assertThat(DeferredAcceptance.run(lists)).containsExactly(1);
    }

    @Test
    void noWorkersOrNoPostingsAssignNobody() {
        PreferenceLists none = PreferenceLists.of(new int[0][], new long[0][], new int[] {3});
        PreferenceLists nowhere = PreferenceLists.of(new int[][] {{}, {}}, new long[][] {{}, {}}, new int[0]);

        assertThat(DeferredAcceptance.run(none)).isEmpty();
        assertThat(ReferenceDeferredAcceptance.run(none)).isEmpty();
        assertThat(DeferredAcceptance.run(nowhere)).containsExactly(-1, -1);
        assertThat(StabilityCheck.check(nowhere, DeferredAcceptance.run(nowhere))
                        .holds())
                .isTrue();
    }
}
