package org.laborbridge.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerIdTests {

    @Test
    void newIdsAreVersionSevenUuidsOrderedByTime() throws InterruptedException {
        WorkerId earlier = WorkerId.random();
        Thread.sleep(2);
        WorkerId later = WorkerId.random();

        assertThat(earlier.value().version()).isEqualTo(7);
        assertThat(earlier.value().variant()).isEqualTo(2);
        assertThat(Long.compareUnsigned(
                        earlier.value().getMostSignificantBits(), later.value().getMostSignificantBits()))
                .isNegative();
    }

    @Test
    void newIdsDoNotRepeat() {
        List<WorkerId> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(WorkerId.random());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }

    @Test
    void aMalformedIdIsNoWorker() {
        assertThat(WorkerId.parse("not-an-id")).isEmpty();
        assertThat(WorkerId.parse(null)).isEmpty();
    }
}
