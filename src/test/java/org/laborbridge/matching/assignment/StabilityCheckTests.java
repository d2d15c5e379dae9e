package org.laborbridge.matching.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StabilityCheckTests {

    // Two postings with one opening each; both workers prefer posting 0, which ranks worker 1 higher.
    private final PreferenceLists lists =
            PreferenceLists.of(new int[][] {{0, 1}, {0, 1}}, new long[][] {{1, 1}, {2, 2}}, new int[] {1, 1});

    @Test
    void acceptsTheStableMatching() {
        assertThat(StabilityCheck.check(lists, new int[] {0, 1}, new int[] {1, 0})
                        .holds())
                .isTrue();
    }

    @Test
    void findsABlockingPair() {
        // Worker 1 prefers posting 0, which holds worker 0 whom it ranks lower.
        StabilityCheck.Report report = StabilityCheck.check(lists, new int[] {0, 1}, new int[] {0, 1});

        assertThat(report.blockingPairs()).isEqualTo(1);
        assertThat(report.holds()).isFalse();
    }

    @Test
    void findsAFreeOpeningAWorkerWanted() {
        StabilityCheck.Report report = StabilityCheck.check(lists, new int[] {1}, new int[] {0});

        assertThat(report.blockingPairs()).isEqualTo(1);
    }

    @Test
    void findsAPostingOverCapacityAndAWorkerWithTwoPostings() {
        StabilityCheck.Report overFull = StabilityCheck.check(lists, new int[] {0, 1}, new int[] {0, 0});
        StabilityCheck.Report twice = StabilityCheck.check(lists, new int[] {1, 1}, new int[] {0, 1});

        assertThat(overFull.overCapacity()).isEqualTo(1);
        assertThat(twice.withTwoPostings()).isEqualTo(1);
    }

    @Test
    void findsAPairOffTheWorkersList() {
        PreferenceLists shortList = PreferenceLists.of(new int[][] {{0}}, new long[][] {{1}}, new int[] {1, 1});

        assertThat(StabilityCheck.check(shortList, new int[] {0}, new int[] {1}).offList())
                .isEqualTo(1);
    }
}
