package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hires and their retention for reporting, by household county and the month the contract starts,
 * left or not. The database is shared, so each test compares before and after its own hires.
 */
@SpringBootTest
class PlacementFiguresTests {

    private static final String GUZHANG = "433126";

    @Autowired
    Placements placements;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void countsEveryHireInItsHouseholdCountyAndStartMonth() {
        PlacementFixtures fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        JobPostingView posting = fixtures.posting("统计录用电子厂", 10);
        LocalDate start = LocalDate.of(2018, 11, 5);
        long november = hires(YearMonth.of(2018, 11));
        long december = hires(YearMonth.of(2018, 12));

        fixtures.place(fixtures.worker("统计录用甲", GUZHANG), GUZHANG, posting, start, 6);
        fixtures.place(fixtures.worker("统计录用乙", GUZHANG), GUZHANG, posting, start.plusDays(25), 6);
        fixtures.place(fixtures.worker("统计录用丙", GUZHANG), GUZHANG, posting, start.plusDays(26), 6);

        assertThat(hires(YearMonth.of(2018, 11))).isEqualTo(november + 2);
        assertThat(hires(YearMonth.of(2018, 12))).isEqualTo(december + 1);
    }

    @Test
    void countsFollowUpsDueAndWorkersRetainedByStartMonthAndFollowUpMonth() {
        PlacementFixtures fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        JobPostingView posting = fixtures.posting("统计稳岗电子厂", 10);
        YearMonth march = YearMonth.of(2017, 3);
        Map<Integer, RetentionFigure> before = retention(march);

        PlacementView stayed = fixtures.place(fixtures.worker("统计稳岗甲", GUZHANG), GUZHANG, posting, march.atDay(6), 12);
        PlacementView leftEarly =
                fixtures.place(fixtures.worker("统计稳岗乙", GUZHANG), GUZHANG, posting, march.atDay(20), 12);
        fixtures.place(fixtures.worker("统计稳岗丙", GUZHANG), GUZHANG, posting, march.atDay(27), 12);
        record(stayed, 1, RetentionOutcome.STILL_WORKING);
        record(stayed, 3, RetentionOutcome.STILL_WORKING);
        record(stayed, 6, RetentionOutcome.LEFT);
        record(leftEarly, 1, RetentionOutcome.LEFT);

        Map<Integer, RetentionFigure> after = retention(march);
        for (int month : Placements.RETENTION_MONTHS) {
            assertThat(due(after, month) - due(before, month))
                    .as("every hire is due at month %d, the unrecorded and the ended too", month)
                    .isEqualTo(3);
        }
        assertThat(retained(after, 1) - retained(before, 1)).isEqualTo(1);
        assertThat(retained(after, 3) - retained(before, 3)).isEqualTo(1);
        assertThat(retained(after, 6) - retained(before, 6)).isZero();
    }

    @Test
    void countsAFollowUpFromItsDueDateNotBefore() {
        PlacementFixtures fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        JobPostingView posting = fixtures.posting("统计未到期电子厂", 10);
        LocalDate start = BureauTime.today().minusMonths(1).plusDays(3);
        YearMonth month = YearMonth.from(start);
        Map<Integer, RetentionFigure> before = retention(month);

        PlacementView early = fixtures.place(fixtures.worker("统计未到期甲", GUZHANG), GUZHANG, posting, start, 12);
        record(early, 1, RetentionOutcome.STILL_WORKING);

        Map<Integer, RetentionFigure> after = retention(month);
        assertThat(due(after, 1))
                .as("recorded within the grace days, due in three")
                .isEqualTo(due(before, 1));
        assertThat(retained(after, 1)).isEqualTo(retained(before, 1));
        assertThat(due(after, 3)).isEqualTo(due(before, 3));
    }

    private void record(PlacementView placement, int month, RetentionOutcome outcome) {
        LeavingReason reason = outcome == RetentionOutcome.LEFT ? LeavingReason.RESIGNED : null;
        Callers.runAs(
                PlacementFixtures.CASEWORKER,
                () -> placements.recordRetention(placement.id(), month, outcome, reason, null));
    }

    /** Guzhang's follow-ups of hires starting in {@code month}, by follow-up month. */
    private Map<Integer, RetentionFigure> retention(YearMonth month) {
        return placements.retentionFigures().stream()
                .filter(f -> f.county().equals(GUZHANG) && f.month().equals(month))
                .collect(Collectors.toMap(RetentionFigure::followUpMonth, f -> f));
    }

    private static long due(Map<Integer, RetentionFigure> figures, int month) {
        return figures.containsKey(month) ? figures.get(month).due() : 0;
    }

    private static long retained(Map<Integer, RetentionFigure> figures, int month) {
        return figures.containsKey(month) ? figures.get(month).retained() : 0;
    }

    private long hires(YearMonth month) {
        return placements.figures().stream()
                .filter(f -> f.county().equals(GUZHANG) && f.month().equals(month))
                .mapToLong(PlacementFigure::value)
                .sum();
    }
}
