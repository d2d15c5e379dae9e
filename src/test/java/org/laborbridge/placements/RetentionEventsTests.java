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
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** What other modules hear: each step of a placement is published as a past-tense record. */
@SpringBootTest
@RecordApplicationEvents
class RetentionEventsTests {

    private static final String FENGHUANG = "433123";

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

    @Autowired
    ApplicationEvents events;

    PlacementFixtures fixtures;
    JobPostingView posting;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        posting = fixtures.posting("事件测试家政公司", 10);
    }

    @Test
    void placingPublishesPlacementAgreedWithWhatTransportNeeds() {
        WorkerId worker = fixtures.worker("事件甲", FENGHUANG);
        LocalDate start = BureauTime.today().plusDays(14);

        PlacementView placed = fixtures.place(worker, FENGHUANG, posting, start, 12);

        assertThat(events.stream(PlacementAgreed.class)).singleElement().satisfies(agreed -> {
            assertThat(agreed.placement()).isEqualTo(placed.id());
            assertThat(agreed.worker()).isEqualTo(worker);
            assertThat(agreed.householdCounty()).isEqualTo(FENGHUANG);
            assertThat(agreed.employer()).isEqualTo(posting.employerId());
            assertThat(agreed.workRegion()).isEqualTo(posting.workRegion());
            assertThat(agreed.startDate()).isEqualTo(start);
            assertThat(agreed.monthlyWage()).isEqualTo(placed.monthlyWage());
        });
    }

    @Test
    void confirmingTheStartPublishesPlacementStarted() {
        WorkerId worker = fixtures.worker("事件乙", FENGHUANG);
        PlacementView placed =
                fixtures.place(worker, FENGHUANG, posting, BureauTime.today().minusDays(2), 12);

        PlacementView started =
                Callers.runAs(PlacementFixtures.CASEWORKER, () -> placements.confirmStart(placed.id(), null));

        assertThat(started.status()).isEqualTo(PlacementStatus.WORKING);
        assertThat(started.startedOn()).isEqualTo(BureauTime.today());
        assertThat(events.stream(PlacementStarted.class))
                .singleElement()
                .satisfies(event -> assertThat(event.startedOn()).isEqualTo(BureauTime.today()));
    }

    @Test
    void aCheckFindingTheWorkerGoneEndsThePlacementAndPublishesPlacementEnded() {
        WorkerId worker = fixtures.worker("事件丙", FENGHUANG);
        LocalDate start = BureauTime.today().minusMonths(1).minusDays(3);
        PlacementView placed = fixtures.place(worker, FENGHUANG, posting, start, 12);

        PlacementView after = Callers.runAs(
                PlacementFixtures.CASEWORKER,
                () -> placements.recordRetention(
                        placed.id(), 1, RetentionOutcome.LEFT, LeavingReason.WAGES, "工资发放不及时"));

        assertThat(after.status()).isEqualTo(PlacementStatus.LEFT);
        assertThat(after.leftOn()).isEqualTo(BureauTime.today());
        assertThat(after.leavingReason()).isEqualTo(LeavingReason.WAGES);
        assertThat(after.checks()).noneMatch(RetentionCheckView::open);
        assertThat(events.stream(RetentionChecked.class)).singleElement().satisfies(checked -> {
            assertThat(checked.month()).isEqualTo(1);
            assertThat(checked.outcome()).isEqualTo(RetentionOutcome.LEFT);
            assertThat(checked.householdCounty()).isEqualTo(FENGHUANG);
        });
        assertThat(events.stream(PlacementEnded.class)).singleElement().satisfies(ended -> {
            assertThat(ended.placement()).isEqualTo(placed.id());
            assertThat(ended.worker()).isEqualTo(worker);
            assertThat(ended.reason()).isEqualTo(LeavingReason.WAGES);
            assertThat(ended.leftOn()).isEqualTo(BureauTime.today());
            assertThat(ended.startDate()).isEqualTo(start);
        });
        assertThat(Callers.runAs(PlacementFixtures.CASEWORKER, () -> registry.timeline(worker)))
                .extracting(TimelineEntry::kind)
                .containsSubsequence("PLACED", "RETENTION_CHECKED", "PLACEMENT_ENDED");
    }

    @Test
    void stillWorkingIsPublishedForSubsidyEligibility() {
        WorkerId worker = fixtures.worker("事件丁", FENGHUANG);
        PlacementView placed =
                fixtures.place(worker, FENGHUANG, posting, BureauTime.today().minusMonths(1), 12);

        Callers.runAs(
                PlacementFixtures.CASEWORKER,
                () -> placements.recordRetention(placed.id(), 1, RetentionOutcome.STILL_WORKING, null, null));

        assertThat(events.stream(RetentionChecked.class))
                .singleElement()
                .satisfies(checked -> assertThat(checked.outcome()).isEqualTo(RetentionOutcome.STILL_WORKING));
        assertThat(events.stream(PlacementEnded.class)).isEmpty();
    }
}
