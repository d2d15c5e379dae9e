package org.laborbridge.placements.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerSituationsTests {

    @Test
    void workInTheHomePrefectureIsLocal() {
        assertThat(WorkerSituations.sameCity("433122", "433101")).isTrue();
        assertThat(WorkerSituations.sameCity("433122", "370102")).isFalse();
    }
}
