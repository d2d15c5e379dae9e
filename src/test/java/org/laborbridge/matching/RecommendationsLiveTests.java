package org.laborbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.matching.MatchingFixtures.asCaseworker;
import static org.laborbridge.matching.MatchingFixtures.eventually;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerFixtures;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recommendations follow new postings, filled and closed ones and changed profiles without a restart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RecommendationsLiveTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    JobPostings postings;

    @Autowired
    Recommendations recommendations;

    MatchingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MatchingFixtures(new EmployerFixtures(port, context), registry);
    }

    private List<UUID> postingsFor(WorkerId worker) {
        return asCaseworker(() -> recommendations.forWorker(worker, Recommendations.MAX_N)).stream()
                .map(found -> found.posting().value())
                .toList();
    }

    private List<UUID> workersFor(String posting) {
        return asCaseworker(() ->
                        recommendations.forPosting(new JobPostingId(UUID.fromString(posting)), Recommendations.MAX_N))
                .stream()
                .map(found -> found.worker().value())
                .toList();
    }

    @Test
    void aPostingClosedOnAnotherNodeIsNoLongerRecommended() {
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        String posting = fixtures.published(fixtures.enterprise(), "HANDICRAFT", 3);
        eventually(
                "the new posting is recommended", () -> postingsFor(worker.id()).contains(UUID.fromString(posting)));

        // Closed behind this node's back: no event reaches its index.
        context.getBean(JdbcClient.class)
                .sql("update job_posting set status = 'CLOSED' where id = :id")
                .param("id", UUID.fromString(posting))
                .update();

        assertThat(postingsFor(worker.id())).doesNotContain(UUID.fromString(posting));
    }

    @Test
    void aNewlyPublishedPostingIsRecommendedWithItsReasons() {
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        String posting = fixtures.published(fixtures.enterprise(), "HANDICRAFT", 3);

        eventually(
                "the new posting is recommended", () -> postingsFor(worker.id()).contains(UUID.fromString(posting)));
        PostingRecommendation found =
                asCaseworker(() -> recommendations.forWorker(worker.id(), Recommendations.MAX_N)).stream()
                        .filter(candidate ->
                                candidate.posting().value().toString().equals(posting))
                        .findFirst()
                        .orElseThrow();
        assertThat(found.percent()).isBetween(1, 100);
        assertThat(found.reasons()).isNotEmpty();
        assertThat(found.reasons().get(0).text()).doesNotStartWith("matching.reason");
        assertThat(workersFor(posting)).contains(worker.id().value());
    }

    @Test
    void aFilledPostingDisappears() {
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        String posting = fixtures.published(fixtures.enterprise(), "HANDICRAFT", 1);
        eventually("the posting is recommended", () -> postingsFor(worker.id()).contains(UUID.fromString(posting)));

        asCaseworker(() -> postings.fill(new JobPostingId(UUID.fromString(posting))));

        eventually("the filled posting is gone", () -> !postingsFor(worker.id()).contains(UUID.fromString(posting)));
        assertThat(workersFor(posting)).isEmpty();
    }

    @Test
    void aClosedPostingDisappears() {
        WorkerRecord worker = fixtures.worker("FARM_WORKER");
        String posting = fixtures.published(fixtures.enterprise(), "FARM_WORKER", 2);
        eventually("the posting is recommended", () -> postingsFor(worker.id()).contains(UUID.fromString(posting)));

        asCaseworker(() -> postings.close(new JobPostingId(UUID.fromString(posting))));

        eventually("the closed posting is gone", () -> !postingsFor(worker.id()).contains(UUID.fromString(posting)));
    }

    @Test
    void aPostingChangedToAnotherJobTypeMoves() {
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        String posting = fixtures.published(fixtures.enterprise(), "HANDICRAFT", 2);
        eventually("the posting is recommended", () -> postingsFor(worker.id()).contains(UUID.fromString(posting)));

        asCaseworker(() -> postings.change(
                new JobPostingId(UUID.fromString(posting)), MatchingFixtures.posting("FARM_WORKER", 2)));

        eventually(
                "the changed posting is gone", () -> !postingsFor(worker.id()).contains(UUID.fromString(posting)));
    }

    @Test
    void aChangedWantedJobChangesTheList() {
        String enterprise = fixtures.enterprise();
        String handicraft = fixtures.published(enterprise, "HANDICRAFT", 2);
        String farm = fixtures.published(enterprise, "FARM_WORKER", 2);
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        eventually(
                "the handicraft posting is recommended",
                () -> postingsFor(worker.id()).contains(UUID.fromString(handicraft)));
        assertThat(postingsFor(worker.id())).doesNotContain(UUID.fromString(farm));

        fixtures.change(worker, "FARM_WORKER");

        eventually("the farm posting replaces the handicraft one", () -> {
            List<UUID> now = postingsFor(worker.id());
            return now.contains(UUID.fromString(farm)) && !now.contains(UUID.fromString(handicraft));
        });
    }
}
