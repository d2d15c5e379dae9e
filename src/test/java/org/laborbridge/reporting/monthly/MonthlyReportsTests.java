package org.laborbridge.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborbridge.reporting.monthly.MonthlyReportFixtures.ADMIN;
import static org.laborbridge.reporting.monthly.MonthlyReportFixtures.APPROVER;
import static org.laborbridge.reporting.monthly.MonthlyReportFixtures.CASEWORKER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementFixtures;
import org.laborbridge.placements.Placements;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.figures.FigureRefresh;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly reports on the real database: the late-record rule end to end (a hire added to a locked
 * month leaves its report alone and shows as late in the next), four eyes, the order of months,
 * the database refusing to change a locked report, one report per month under concurrent submits,
 * and who may do what. Each test has a partner region of its own.
 */
@SpringBootTest
class MonthlyReportsTests {

    @Autowired
    MonthlyReports reports;

    @Autowired
    PartnerRegions partnerRegions;

    @Autowired
    FigureRefresh refresh;

    @Autowired
    JdbcClient jdbc;

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
        posting = fixtures.posting("月度报告测试厂" + System.nanoTime(), 50);
    }

    @Test
    void aLockedReportKeepsItsFiguresAndLateRecordsCountInTheNextReport() {
        String region = region("621102");
        hire(region, LocalDate.of(2022, 1, 10));
        refresh.refresh();

        MonthlyReportView january = submit(region, "2022-01");
        assertThat(placements(january)).isEqualTo(new FigureLine(Metric.PLACEMENTS, 1, 0, 1));
        as(APPROVER, () -> reports.lock(january.id()));

        hire(region, LocalDate.of(2022, 1, 20));
        hire(region, LocalDate.of(2022, 2, 3));
        refresh.refresh();

        MonthlyReportView januaryAgain = as(CASEWORKER, () -> reports.get(january.id()));
        assertThat(januaryAgain.status()).isEqualTo(ReportStatus.LOCKED);
        assertThat(placements(januaryAgain)).isEqualTo(new FigureLine(Metric.PLACEMENTS, 1, 0, 1));
        assertThat(januaryAgain.figures()).isEqualTo(january.figures());

        MonthlyReportView february = submit(region, "2022-02");
        assertThat(placements(february)).isEqualTo(new FigureLine(Metric.PLACEMENTS, 1, 1, 2));
        as(APPROVER, () -> reports.lock(february.id()));

        hire(region, LocalDate.of(2022, 2, 25));
        refresh.refresh();

        MonthlyReportView march = submit(region, "2022-03");
        assertThat(placements(march))
                .as("the January record already counted in February is not counted again")
                .isEqualTo(new FigureLine(Metric.PLACEMENTS, 0, 1, 1));
        assertThat(placements(as(CASEWORKER, () -> reports.get(february.id()))))
                .isEqualTo(new FigureLine(Metric.PLACEMENTS, 1, 1, 2));
    }

    @Test
    void theDatabaseRefusesToChangeALockedReport() {
        String region = region("621121");
        MonthlyReportView report = submit(region, "2022-01");
        as(APPROVER, () -> reports.lock(report.id()));

        assertThatThrownBy(() -> jdbc.sql(
                                "update monthly_report_figure set value = value + 1, month_value = month_value + 1"
                                        + " where report_id = ?")
                        .param(report.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from monthly_report_figure where report_id = ?")
                        .param(report.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into monthly_report_figure values (?, 'extraFigure', 1, 0, 1)")
                        .param(report.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update monthly_report set status = 'SUBMITTED', locked_by = null,"
                                + " locked_at = null where id = ?")
                        .param(report.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from monthly_report where id = ?")
                        .param(report.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(as(CASEWORKER, () -> reports.get(report.id())).figures()).isEqualTo(report.figures());
    }

    @Test
    void theDatabaseRefusesALockBySomeoneWhoSubmitted() {
        String region = region("621122");
        MonthlyReportView report = submit(region, "2022-01");

        assertThatThrownBy(() -> jdbc.sql("update monthly_report set status = 'LOCKED', locked_by = 'caseworker',"
                                + " locked_at = now() where id = ?")
                        .param(report.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void nobodyLocksAReportTheySubmittedInAnyRound() {
        String region = region("621123");
        MonthlyReportView report =
                as(ADMIN, () -> reports.submit(region, "2022-01").report());

        assertThat(violation(() -> as(ADMIN, () -> reports.lock(report.id()))))
                .extracting(Violation::field, Violation::code)
                .containsExactly("approver", "FOUR_EYES");

        // Returned by the approver, submitted again by a caseworker: the admin still submitted it once.
        as(APPROVER, () -> reports.returnReport(report.id(), "请核对就业人数"));
        as(CASEWORKER, () -> reports.submit(region, "2022-01"));
        assertThat(violation(() -> as(ADMIN, () -> reports.lock(report.id()))).code())
                .isEqualTo("FOUR_EYES");

        MonthlyReportView locked = as(APPROVER, () -> reports.lock(report.id()));
        assertThat(locked.status()).isEqualTo(ReportStatus.LOCKED);
        assertThat(locked.lockedBy()).isEqualTo("approver");
        assertThat(locked.steps())
                .extracting(ReportStep::step, ReportStep::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReportStatus.SUBMITTED, "admin"),
                        org.assertj.core.groups.Tuple.tuple(ReportStatus.RETURNED, "approver"),
                        org.assertj.core.groups.Tuple.tuple(ReportStatus.SUBMITTED, "caseworker"),
                        org.assertj.core.groups.Tuple.tuple(ReportStatus.LOCKED, "approver"));
    }

    @Test
    void aMonthFollowsTheLockedMonthBefore() {
        String region = region("621124");
        MonthlyReportView march = submit(region, "2022-03");

        assertThat(refusal(() -> submit(region, "2022-05"))).isEqualTo("PREVIOUS_MISSING");
        assertThat(refusal(() -> submit(region, "2022-04"))).isEqualTo("PREVIOUS_NOT_LOCKED");

        as(APPROVER, () -> reports.returnReport(march.id(), "重新核对"));
        assertThat(refusal(() -> submit(region, "2022-04"))).isEqualTo("PREVIOUS_NOT_LOCKED");

        submit(region, "2022-03");
        as(APPROVER, () -> reports.lock(march.id()));
        assertThat(submit(region, "2022-04").status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(count(region)).isEqualTo(2);
    }

    @Test
    void aReturnedReportIsSubmittedAgainWithFreshFiguresAndLockedOnlyOnce() {
        String region = region("621125");
        MonthlyReportView report = submit(region, "2022-06");
        assertThat(placements(report).value()).isZero();

        assertThat(violation(() -> as(APPROVER, () -> reports.returnReport(report.id(), "  ")))
                        .code())
                .isEqualTo("REQUIRED");
        MonthlyReportView returned = as(APPROVER, () -> reports.returnReport(report.id(), "缺少六月的就业记录"));
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("缺少六月的就业记录");
        assertThat(refusal(() -> as(APPROVER, () -> reports.lock(report.id())))).isEqualTo("NOT_SUBMITTED");

        hire(region, LocalDate.of(2022, 6, 8));
        refresh.refresh();
        MonthlyReports.Submitted again = as(CASEWORKER, () -> reports.submit(region, "2022-06"));
        assertThat(again.created()).isFalse();
        assertThat(again.report().id()).isEqualTo(report.id());
        assertThat(placements(again.report()).value()).isEqualTo(1);

        as(APPROVER, () -> reports.lock(report.id()));
        assertThat(refusal(() -> as(APPROVER, () -> reports.lock(report.id())))).isEqualTo("ALREADY_LOCKED");
        assertThat(refusal(() -> as(APPROVER, () -> reports.returnReport(report.id(), "晚了"))))
                .isEqualTo("ALREADY_LOCKED");
        assertThat(refusal(() -> submit(region, "2022-06"))).isEqualTo("ALREADY_LOCKED");
    }

    @Test
    void twoSubmitsOfTheSameMonthLeaveOneReport() throws Exception {
        String region = region("621126");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return as(CASEWORKER, () -> reports.submit(region, "2022-01"));
                } catch (StepRefusedException refused) {
                    return refused.code();
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes)
                .filteredOn(MonthlyReports.Submitted.class::isInstance)
                .hasSize(1);
        assertThat(outcomes).filteredOn("ALREADY_SUBMITTED"::equals).hasSize(3);
        assertThat(count(region)).isEqualTo(1);
    }

    @Test
    void refusesBadInputAndStoresNothing() {
        String region = region("621202");
        assertThat(violation(() -> submit("999999", "2022-01")).code()).isEqualTo("UNKNOWN");
        assertThat(violation(() -> submit("110101", "2022-01")).code()).isEqualTo("UNKNOWN");
        assertThat(violation(() -> submit("", "2022-01")).code()).isEqualTo("REQUIRED");
        assertThat(violation(() -> submit(region, "2022-13")).code()).isEqualTo("FORMAT");
        assertThat(violation(() -> submit(region, "一月")).code()).isEqualTo("FORMAT");
        String thisMonth =
                java.time.YearMonth.now(org.laborbridge.shared.BureauTime.ZONE).toString();
        assertThat(violation(() -> submit(region, thisMonth)).code()).isEqualTo("NOT_ENDED");
        assertThat(violation(() -> as(CASEWORKER, () -> reports.preview(region, thisMonth)))
                        .field())
                .isEqualTo("month");
        assertThat(count(region)).isZero();
    }

    @Test
    void partnersReadTheirRegionsOnlyAndEnterprisesAndWorkersNothing() {
        String region = region("621221");
        MonthlyReportView report = submit(region, "2022-01");
        Caller dingxiLongnan = MonthlyReportFixtures.partner("621200");
        Caller xiangxi = MonthlyReportFixtures.partner("433100");

        assertThat(as(dingxiLongnan, () -> reports.get(report.id())).id()).isEqualTo(report.id());
        assertThat(as(dingxiLongnan, () -> reports.list(null, null)))
                .extracting(MonthlyReportView::id)
                .contains(report.id());
        assertThatThrownBy(() -> as(xiangxi, () -> reports.get(report.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as(xiangxi, () -> reports.list(null, null)))
                .extracting(MonthlyReportView::id)
                .doesNotContain(report.id());
        assertThatThrownBy(() -> as(xiangxi, () -> reports.list(region, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(dingxiLongnan, () -> reports.submit(region, "2022-02")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(dingxiLongnan, () -> reports.lock(report.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(CASEWORKER, () -> reports.lock(report.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(APPROVER, () -> reports.submit(region, "2022-02")))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : new Role[] {Role.EMPLOYER, Role.WORKER}) {
            Caller outsider = MonthlyReportFixtures.caller("outsider-" + role, role);
            assertThatThrownBy(() -> as(outsider, () -> reports.list(null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(outsider, () -> reports.get(report.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as(APPROVER, () -> reports.get(report.id())).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    private String region(String county) {
        return MonthlyReportFixtures.partnerRegion(partnerRegions, county);
    }

    private void hire(String county, LocalDate start) {
        fixtures.place(fixtures.worker("月报测试", county), county, posting, start, 12);
    }

    private MonthlyReportView submit(String region, String month) {
        return as(CASEWORKER, () -> reports.submit(region, month).report());
    }

    private long count(String region) {
        return jdbc.sql("select count(*) from monthly_report where region_code = ?")
                .param(region)
                .query(Long.class)
                .single();
    }

    private static FigureLine placements(MonthlyReportView report) {
        return report.figures().stream()
                .filter(line -> line.metric() == Metric.PLACEMENTS)
                .findFirst()
                .orElseThrow();
    }

    private static Violation violation(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            return invalid.violations().get(0);
        }
        throw new AssertionError("Expected the input to be refused");
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (StepRefusedException refused) {
            return refused.code();
        }
        throw new AssertionError("Expected the step to be refused");
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return Callers.runAs(caller, work);
    }
}
