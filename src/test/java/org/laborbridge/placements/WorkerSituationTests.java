package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** The registry's record says what the worker is doing now: hired away, then seeking again. */
@SpringBootTest
class WorkerSituationTests {

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Placements placements;

    @Autowired
    TransactionTemplate transactions;

    PlacementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
    }

    @Test
    void aHireAwayFromHomeMakesTheWorkerEmployedAwayAndLeavingMakesThemSeekingAgain() {
        JobPostingView jinan = fixtures.posting("去向测试济南电子厂", 5);
        WorkerId worker = fixtures.worker("去向甲", "433122");
        LocalDate start = BureauTime.today().minusDays(10);

        PlacementView placed = fixtures.place(worker, "433122", jinan, start, 12);
        assertThat(situationOf(worker)).isEqualTo(Situation.EMPLOYED_AWAY);

        Callers.runAs(
                PlacementFixtures.CASEWORKER,
                () -> placements.recordLeaving(placed.id(), BureauTime.today(), LeavingReason.FAMILY, null));
        assertThat(situationOf(worker)).isEqualTo(Situation.SEEKING);
        assertThat(Callers.runAs(PlacementFixtures.CASEWORKER, () -> registry.timeline(worker)))
                .filteredOn(entry -> entry.kind().equals(TimelineEntry.CHANGED))
                .extracting(entry -> entry.changes().get("situation").to())
                .containsExactly("EMPLOYED_AWAY", "SEEKING");
    }

    private Situation situationOf(WorkerId worker) {
        return Callers.runAs(PlacementFixtures.CASEWORKER, () -> registry.find(worker))
                .situation();
    }
}
