package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.Postings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The caseworker's to-do list: open checks, oldest first, narrowed to the caller's regions. */
@SpringBootTest
class RetentionDueListTests {

    /** 蒙阴, one of the Linyi partner counties. */
    private static final String MENGYIN = "371328";

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
    JobPostingView posting;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        posting = fixtures.posting("回访测试制衣厂", 20);
    }

    @Test
    void listsOpenChecksDueByTheDateOldestFirst() {
        LocalDate today = BureauTime.today();
        // Due: older's month 1 two months ago, its month 3 four days ago; newer's month 1 yesterday.
        PlacementView older = place("回访甲", today.minusMonths(3).minusDays(4));
        PlacementView newer = place("回访乙", today.minusMonths(1).minusDays(1));
        PlacementView notYet = place("回访丙", today.minusDays(3));

        List<DueRetentionCheck> due = dueFor(PlacementFixtures.CASEWORKER, today);

        List<DueRetentionCheck> mine = due.stream()
                .filter(check -> List.of(older.id(), newer.id(), notYet.id()).contains(check.placement()))
                .toList();
        assertThat(mine)
                .extracting(DueRetentionCheck::placement, DueRetentionCheck::month)
                .containsExactly(tuple(older.id(), 1), tuple(older.id(), 3), tuple(newer.id(), 1));
        assertThat(due).extracting(DueRetentionCheck::dueOn).isSorted();
        DueRetentionCheck first = mine.get(0);
        assertThat(first.workerName()).isEqualTo("回访甲");
        assertThat(first.employerName()).isEqualTo("回访测试制衣厂");
        assertThat(first.daysOverdue()).isEqualTo(ChronoUnit.DAYS.between(first.dueOn(), today));
    }

    @Test
    void leavesOutRecordedChecksAndEndedPlacements() {
        LocalDate today = BureauTime.today();
        PlacementView recorded = place("回访丁", today.minusMonths(1));
        PlacementView ended = place("回访戊", today.minusMonths(1));
        Callers.runAs(PlacementFixtures.CASEWORKER, () -> {
            placements.recordRetention(recorded.id(), 1, RetentionOutcome.STILL_WORKING, null, null);
            return placements.recordLeaving(ended.id(), today, LeavingReason.FAMILY, null);
        });

        assertThat(dueFor(PlacementFixtures.CASEWORKER, today.plusMonths(7)))
                .extracting(DueRetentionCheck::placement, DueRetentionCheck::month)
                .doesNotContain(tuple(recorded.id(), 1))
                .noneMatch(row -> row.toList().contains(ended.id()));
    }

    @Test
    void aPartnerSeesOnlyTheirRegionsAndAnotherRegionSeesNothingOfThem() {
        LocalDate today = BureauTime.today();
        PlacementView linyiPlacement = place("回访己", today.minusMonths(1).minusDays(2));
        Caller linyi = PlacementFixtures.partnerFor("371321", "371323", "371325", "371328");
        Caller xiangxi = PlacementFixtures.partnerFor("433100");

        assertThat(dueFor(linyi, today))
                .extracting(DueRetentionCheck::placement)
                .contains(linyiPlacement.id());
        assertThat(dueFor(linyi, today)).allMatch(check -> linyi.coversRegion(check.householdCounty()));
        assertThat(dueFor(xiangxi, today))
                .extracting(DueRetentionCheck::placement)
                .doesNotContain(linyiPlacement.id());
        assertThat(dueFor(xiangxi, today))
                .allMatch(check -> check.householdCounty().startsWith("4331"));
    }

    @Test
    void countsOverdueAndDueThisWeek() {
        LocalDate today = BureauTime.today();
        Caller mengyinOnly = PlacementFixtures.partnerFor(MENGYIN);
        DueCheckPage before = Callers.runAs(mengyinOnly, () -> placements.dueChecks(today, 0, 100));
        place("回访庚", today.minusMonths(1).minusDays(5));
        place("回访辛", today.minusMonths(1).plusDays(2));

        DueCheckPage after = Callers.runAs(mengyinOnly, () -> placements.dueChecks(today, 0, 100));

        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(after.dueThisWeek()).isEqualTo(before.dueThisWeek() + 1);
        assertThat(after.total()).isEqualTo(before.total() + 1);
    }

    @Test
    void employersAndWorkersKeepNoDueList() {
        assertThatThrownBy(() -> Callers.runAs(
                        Postings.employerOf(posting.employerId()), () -> placements.dueChecks(null, 0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private PlacementView place(String name, LocalDate start) {
        WorkerId worker = fixtures.worker(name, MENGYIN);
        return fixtures.place(worker, MENGYIN, posting, start, 12);
    }

    private List<DueRetentionCheck> dueFor(Caller caller, LocalDate until) {
        return Callers.runAs(caller, () -> placements.dueChecks(until, 0, 100)).items();
    }
}
