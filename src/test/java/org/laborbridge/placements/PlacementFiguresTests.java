package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Hires for reporting, by household county and the month the contract starts, left or not. */
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

    private long hires(YearMonth month) {
        return placements.figures().stream()
                .filter(f -> f.county().equals(GUZHANG) && f.month().equals(month))
                .mapToLong(PlacementFigure::value)
                .sum();
    }
}
