package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.applications.ApplicationFixtures.as;
import static org.laborbridge.fairs.applications.ApplicationRequests.fairOffer;
import static org.laborbridge.fairs.applications.ApplicationRequests.offered;
import static org.laborbridge.fairs.applications.ApplicationRequests.path;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.employers.Postings;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.Placements;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two workers accepting the last opening at the same moment: one is hired, the other told why not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LastOpeningRaceTests {

    static final int ROUNDS = 3;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Placements placements;

    @Test
    void exactlyOneOfTwoWorkersGetsTheLastOpening() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            race(round);
        }
    }

    private void race(int round) throws Exception {
        JobPostingView posting = fixtures.openPosting(fixtures.enterprise("最后名额公司" + round), 1);
        List<WorkerId> workers = List.of(
                ApplicationFixtures.worker(port, "抢名额甲", "433125"), ApplicationFixtures.worker(port, "抢名额乙", "433125"));
        List<ApiClient> clients = new ArrayList<>();
        List<String> applications = new ArrayList<>();
        for (WorkerId worker : workers) {
            applications.add(offered(port, worker, posting.id(), fairOffer()));
            clients.add(as(port, fixtures.workerUser(worker)));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Reply>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                ApiClient client = clients.get(i);
                String application = applications.get(i);
                answers.add(threads.submit(() -> {
                    start.await();
                    return client.post(path(application) + "/accept", "");
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> answer : answers) {
                replies.add(answer.get());
            }

            assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 422);
            Reply loser =
                    replies.stream().filter(r -> r.status() == 422).findFirst().orElseThrow();
            assertThat(loser.json("errors[0].code")).isEqualTo("NO_OPENINGS_LEFT");
        } finally {
            threads.shutdownNow();
        }
        JobPostingView after = fixtures.posting(posting.id());
        assertThat(after.openingsLeft()).isZero();
        assertThat(after.status()).isEqualTo(PostingStatus.FILLED);
        long placed = workers.stream()
                .mapToLong(worker -> Callers.runAs(Postings.CASEWORKER, () -> placements.ofWorker(worker))
                        .size())
                .sum();
        assertThat(placed).isEqualTo(1);
        assertThat(applications.stream()
                        .map(id ->
                                ApiClient.as(port, "caseworker").get(path(id)).json("status"))
                        .toList())
                .containsExactlyInAnyOrder("ACCEPTED", "OFFERED");
    }
}
