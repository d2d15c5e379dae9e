package org.laborbridge.matching.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.WorkerRegistry;

/** A full load reads without holding up events, and keeps what they changed while it read. */
class LiveIndexesTests {

    private final JobPostings postings = mock(JobPostings.class);
    private final WorkerRegistry registry = mock(WorkerRegistry.class);
    private final LiveIndexes indexes = new LiveIndexes(registry, postings);

    private static JobPostingView open(JobPostingId id) {
        return new JobPostingView(
                id,
                EmployerId.random(),
                "企业",
                "岗位",
                "ASSEMBLY",
                10,
                5,
                Money.ofFen(450_000),
                Money.ofFen(600_000),
                RegionCode.of("370102"),
                "济南市历下区",
                null,
                true,
                true,
                null,
                null,
                null,
                List.of(),
                null,
                BureauTime.today(),
                BureauTime.today().plusDays(30),
                PostingStatus.OPEN);
    }

    @Test
    void anEventDuringALoadNeitherWaitsForItNorIsLost() throws Exception {
        JobPostingId early = JobPostingId.random();
        JobPostingId publishedMeanwhile = JobPostingId.random();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        when(postings.openForMatching(isNull(), anyInt())).thenAnswer(call -> {
            reading.countDown();
            mayFinish.await(10, TimeUnit.SECONDS);
            return List.of(open(early));
        });
        when(postings.openForMatching(any(JobPostingId.class), anyInt())).thenReturn(List.of());
        when(postings.openForMatching(publishedMeanwhile)).thenReturn(Optional.of(open(publishedMeanwhile)));
        when(registry.seekingWork(any(), anyInt())).thenReturn(List.of());

        CompletableFuture<Void> load = CompletableFuture.runAsync(indexes::reload);
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> event = CompletableFuture.runAsync(() -> indexes.refreshPosting(publishedMeanwhile));
        event.get(2, TimeUnit.SECONDS); // would time out while the load held the lock
        mayFinish.countDown();
        load.get(10, TimeUnit.SECONDS);

        assertThat(indexes.snapshot().postings()).containsKeys(early, publishedMeanwhile);
        assertThat(indexes.status().openPostings()).isEqualTo(2);
    }
}
