package org.laborbridge.matching.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.laborbridge.matching.Recommendations;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerRecord;

class RecommendedSectionTests {

    private final RecommendedSection section = new RecommendedSection(mock(Recommendations.class));

    private static WorkerRecord worker(Situation situation, LaborCapacity capacity) {
        WorkerRecord worker = mock(WorkerRecord.class);
        when(worker.situation()).thenReturn(situation);
        when(worker.laborCapacity()).thenReturn(capacity);
        return worker;
    }

    @Test
    void aWorkerSeekingWorkWithoutLaborCapacityIsToldWhy() {
        assertThat(section.data(worker(Situation.SEEKING, LaborCapacity.NONE)))
                .containsEntry("seeking", false)
                .containsEntry("noCapacity", true);
        assertThat(section.data(worker(Situation.SEEKING, LaborCapacity.FULL)))
                .containsEntry("seeking", true)
                .containsEntry("noCapacity", false);
    }
}
