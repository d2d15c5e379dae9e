package org.laborbridge.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The figures reporting keeps from fairs, by host region and the month a fair starts: fairs held,
 * enterprises taking part and the positions their postings offer; a cancelled fair counts for
 * nothing. The database is shared, so the test compares before and after its own fairs.
 */
@SpringBootTest
class FairFiguresTests {

    private static final String HOST = "433125";

    @Autowired
    Fairs fairs;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Test
    void countsFairsEnterprisesAndPositionsByHostRegionAndStartMonth() {
        FairFixtures fixtures = new FairFixtures(fairs, employers, postings, registry);
        LocalDate start = BureauTime.today().plusYears(1).withDayOfMonth(10);
        YearMonth month = YearMonth.from(start);
        long fairsBefore = sum(fairs::fairFigures, month);
        long employersBefore = sum(fairs::participationFigures, month);
        long positionsBefore = sum(fairs::positionFigures, month);

        FairView held = create(fixtures, "统计专场招聘会", start);
        FairView cancelled = create(fixtures, "统计取消的招聘会", start.plusDays(5));
        join(fixtures, held, "A01");
        join(fixtures, held, "A02");
        join(fixtures, cancelled, "A01");
        Callers.runAs(FairFixtures.ADMIN, () -> fairs.cancel(cancelled.id()));

        assertThat(sum(fairs::fairFigures, month)).isEqualTo(fairsBefore + 1);
        assertThat(sum(fairs::participationFigures, month)).isEqualTo(employersBefore + 2);
        assertThat(sum(fairs::positionFigures, month)).as("two postings of 100").isEqualTo(positionsBefore + 200);
    }

    private FairView create(FairFixtures fixtures, String name, LocalDate start) {
        return Callers.runAs(
                FairFixtures.ADMIN,
                () -> fairs.create(FairFixtures.form(name, FairKind.ON_SITE, start, start.plusDays(1), HOST)));
    }

    private void join(FairFixtures fixtures, FairView fair, String booth) {
        FairFixtures.Enterprise enterprise = fixtures.enterpriseWithOpenPosting("统计参会企业" + booth + System.nanoTime());
        Callers.runAs(
                FairFixtures.ADMIN,
                () -> fairs.join(fair.id(), new Participation(enterprise.id(), booth, List.of(enterprise.posting()))));
    }

    private static long sum(Supplier<List<FairFigure>> figures, YearMonth month) {
        return figures.get().stream()
                .filter(f -> f.county().equals(HOST) && f.month().equals(month))
                .mapToLong(FairFigure::value)
                .sum();
    }
}
