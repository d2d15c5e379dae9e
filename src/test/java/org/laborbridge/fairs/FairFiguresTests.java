package org.laborbridge.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The figures reporting keeps from fairs, by host region and the month a fair starts: fairs held,
 * enterprises taking part, the positions their postings offer and the applications made through
 * it, each under the fair's id; a cancelled fair counts for nothing. The database is shared, so the test compares before and after its own fairs.
 */
@SpringBootTest
class FairFiguresTests {

    private static final String HOST = "433125";

    @Autowired
    Fairs fairs;

    @Autowired
    Applications applications;

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
        assertThat(of(fairs.fairFigures(), held)).containsExactly(1L);
        assertThat(of(fairs.participationFigures(), held)).containsExactly(2L);
        assertThat(of(fairs.positionFigures(), held)).containsExactly(200L);
        assertThat(of(fairs.fairFigures(), cancelled)).isEmpty();
    }

    @Test
    void countsEveryApplicationMadeThroughAFairUnderThatFair() {
        FairFixtures fixtures = new FairFixtures(fairs, employers, postings, registry);
        LocalDate start = BureauTime.today().plusYears(1).withDayOfMonth(20);
        FairView fair = create(fixtures, "统计投递招聘会", start);
        FairView other = create(fixtures, "统计另一场招聘会", start);
        FairFixtures.Enterprise enterprise = join(fixtures, fair, "B01");
        long before = sum(fairs::applicationFigures, YearMonth.from(start));
        WorkerId first = fixtures.worker("统计投递甲", fixtures.xiangxiResidentId());
        WorkerId second = fixtures.worker("统计投递乙", fixtures.xiangxiResidentId());

        Callers.runAs(FairFixtures.ADMIN, () -> {
            applications.apply(first, enterprise.posting(), fair.id());
            ApplicationView withdrawn = applications.apply(second, enterprise.posting(), fair.id());
            return applications.withdraw(withdrawn.id());
        });

        assertThat(of(fairs.applicationFigures(), fair))
                .as("withdrawn ones too")
                .containsExactly(2L);
        assertThat(of(fairs.applicationFigures(), other)).isEmpty();
        assertThat(sum(fairs::applicationFigures, YearMonth.from(start))).isEqualTo(before + 2);
    }

    @Test
    void namesManyFairsAtOnceForAnyoneSignedIn() {
        FairFixtures fixtures = new FairFixtures(fairs, employers, postings, registry);
        LocalDate start = BureauTime.today().plusYears(1).withDayOfMonth(25);
        FairView first = create(fixtures, "统计命名甲", start);
        FairView second = create(fixtures, "统计命名乙", start.plusDays(1));
        Caller partnerElsewhere = new Caller("linyi", null, Role.PARTNER, List.of("371321"), null, null);

        List<FairView> named = Callers.runAs(
                partnerElsewhere, () -> fairs.fairsNamed(List.of(first.id(), second.id(), FairId.random())));

        assertThat(named)
                .extracting(
                        FairView::name,
                        FairView::startsOn,
                        fair -> fair.hostRegion().value())
                .containsExactlyInAnyOrder(tuple("统计命名甲", start, HOST), tuple("统计命名乙", start.plusDays(1), HOST));
        assertThat(Callers.runAs(partnerElsewhere, () -> fairs.fairsNamed(List.of())))
                .isEmpty();
    }

    private FairView create(FairFixtures fixtures, String name, LocalDate start) {
        return Callers.runAs(
                FairFixtures.ADMIN,
                () -> fairs.create(FairFixtures.form(name, FairKind.ON_SITE, start, start.plusDays(1), HOST)));
    }

    private FairFixtures.Enterprise join(FairFixtures fixtures, FairView fair, String booth) {
        FairFixtures.Enterprise enterprise = fixtures.enterpriseWithOpenPosting("统计参会企业" + booth + System.nanoTime());
        Callers.runAs(
                FairFixtures.ADMIN,
                () -> fairs.join(fair.id(), new Participation(enterprise.id(), booth, List.of(enterprise.posting()))));
        return enterprise;
    }

    /** The fair's own figures, which carry its id. */
    private static List<Long> of(List<FairFigure> figures, FairView fair) {
        return figures.stream()
                .filter(f -> f.fair().equals(fair.id()))
                .map(FairFigure::value)
                .toList();
    }

    private static long sum(Supplier<List<FairFigure>> figures, YearMonth month) {
        return figures.get().stream()
                .filter(f -> f.county().equals(HOST) && f.month().equals(month))
                .mapToLong(FairFigure::value)
                .sum();
    }
}
