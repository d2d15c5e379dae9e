package org.laborbridge.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementFixtures;
import org.laborbridge.placements.Placements;
import org.laborbridge.reporting.Statistics;
import org.laborbridge.reporting.Summary;
import org.laborbridge.reporting.SummaryQuery;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summary filters by region prefix and month, from the pre-aggregated figures: a new hire
 * shows only after a refresh. The database is shared with every other test, so each test compares
 * the figures before and after its own records.
 */
@SpringBootTest
class SummaryTests {

    private static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);
    private static final String LUXI = "433122";
    private static final String YONGSHUN = "433127";
    private static final String HUANGZHOU = "421102";

    @Autowired
    Statistics statistics;

    @Autowired
    FigureRefresh refresh;

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
        posting = fixtures.posting("统计测试电子厂" + System.nanoTime(), 50);
        refresh.refresh();
    }

    @Test
    void showsANewHireAfterTheRefreshAndNotBefore() {
        long before = placements("433100", "2019-03", "2019-03");

        hire("统计甲", LUXI, LocalDate.of(2019, 3, 11));

        assertThat(placements("433100", "2019-03", "2019-03")).isEqualTo(before);
        refresh.refresh();
        assertThat(placements("433100", "2019-03", "2019-03")).isEqualTo(before + 1);
    }

    @Test
    void matchesCountiesByThePrefixOfARegionAtAnyLevel() {
        long prefecture = placements("433100", "2019-05", "2019-05");
        long province = placements("430000", "2019-05", "2019-05");
        long luxi = placements(LUXI, "2019-05", "2019-05");

        hire("统计乙", LUXI, LocalDate.of(2019, 5, 2));
        hire("统计丙", YONGSHUN, LocalDate.of(2019, 5, 20));
        refresh.refresh();

        assertThat(placements("433100", "2019-05", "2019-05")).isEqualTo(prefecture + 2);
        assertThat(placements("430000", "2019-05", "2019-05")).isEqualTo(province + 2);
        assertThat(placements(LUXI, "2019-05", "2019-05")).isEqualTo(luxi + 1);
    }

    @Test
    void addsUpSeveralRegionsWithoutCountingACountyTwice() {
        SummaryQuery both = new SummaryQuery(List.of(LUXI, HUANGZHOU), "2019-07", "2019-07");
        SummaryQuery overlapping = new SummaryQuery(List.of("433100", LUXI), "2019-07", "2019-07");
        long bothBefore = summary(both).placements();
        long overlappingBefore = summary(overlapping).placements();

        hire("统计丁", LUXI, LocalDate.of(2019, 7, 1));
        hire("统计戊", HUANGZHOU, LocalDate.of(2019, 7, 31));
        refresh.refresh();

        assertThat(summary(both).placements()).isEqualTo(bothBefore + 2);
        assertThat(summary(overlapping).placements()).isEqualTo(overlappingBefore + 1);
    }

    @Test
    void countsOnlyTheMonthsOfThePeriod() {
        long june = placements(YONGSHUN, "2019-06", "2019-06");
        long fromAugust = placements(YONGSHUN, "2019-08-15", null);
        long untilJune = placements(YONGSHUN, null, "2019-06-30");

        hire("统计己", YONGSHUN, LocalDate.of(2019, 6, 3));
        hire("统计庚", YONGSHUN, LocalDate.of(2019, 9, 3));
        refresh.refresh();

        assertThat(placements(YONGSHUN, "2019-06", "2019-06")).isEqualTo(june + 1);
        assertThat(placements(YONGSHUN, "2019-08-15", null)).isEqualTo(fromAugust + 1);
        assertThat(placements(YONGSHUN, null, "2019-06-30")).isEqualTo(untilJune + 1);
    }

    @Test
    void givesAPartnerTheirOwnRegions() {
        Caller xiangxi = new Caller("xiangxi", null, Role.PARTNER, List.of("433100"), null, null);
        long own = Callers.runAs(xiangxi, () -> statistics.summary(SummaryQuery.everything()))
                .placements();

        hire("统计辛", LUXI, LocalDate.of(2019, 10, 8));
        hire("统计壬", HUANGZHOU, LocalDate.of(2019, 10, 8));
        refresh.refresh();

        Summary after = Callers.runAs(xiangxi, () -> statistics.summary(SummaryQuery.everything()));
        assertThat(after.regions()).containsExactly("433100");
        assertThat(after.placements()).isEqualTo(own + 1);
    }

    private void hire(String name, String county, LocalDate start) {
        fixtures.place(fixtures.worker(name, county), county, posting, start, 12);
    }

    private long placements(String region, String from, String to) {
        return figure(new SummaryQuery(List.of(region), from, to), Summary::placements);
    }

    private long figure(SummaryQuery query, ToLongFunction<Summary> figure) {
        return figure.applyAsLong(summary(query));
    }

    private Summary summary(SummaryQuery query) {
        return Callers.runAs(CASEWORKER, () -> statistics.summary(query));
    }
}
