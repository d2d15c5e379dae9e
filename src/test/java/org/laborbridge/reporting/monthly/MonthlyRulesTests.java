package org.laborbridge.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.laborbridge.reporting.Metric;
import org.laborbridge.shared.Violation;

/** The monthly report rules on their own, without Spring or a database. */
class MonthlyRulesTests {

    private final LateRecordRule late = new LateRecordRule();
    private final ReportOrderRule order = new ReportOrderRule();
    private final FourEyesRule fourEyes = new FourEyesRule();

    @Test
    void addsRecordsThatArrivedAfterEarlierMonthsWereLockedToAFlow() {
        List<FigureLine> lines = late.figures(
                Map.of(Metric.PLACEMENTS, 5L), Map.of(Metric.PLACEMENTS, 11L), Map.of(Metric.PLACEMENTS, 10L));

        assertThat(line(lines, Metric.PLACEMENTS)).isEqualTo(new FigureLine(Metric.PLACEMENTS, 5, 1, 6));
    }

    @Test
    void reportsAStockAtTheMonthsEndWithoutALatePart() {
        List<FigureLine> lines = late.figures(
                Map.of(Metric.WORKSHOPS, 217L), Map.of(Metric.WORKSHOPS, 400L), Map.of(Metric.WORKSHOPS, 300L));

        assertThat(line(lines, Metric.WORKSHOPS)).isEqualTo(new FigureLine(Metric.WORKSHOPS, 217, 0, 217));
    }

    @Test
    void givesEveryMetricALine() {
        assertThat(late.figures(Map.of(), Map.of(), Map.of())).hasSize(Metric.values().length);
    }

    /**
     * Three months reported in turn, with records arriving late after each lock: over all reports
     * every record counts exactly once, and only in a report made after it arrived.
     */
    @Test
    void telescopesSoThatNoRecordIsCountedTwiceOrLost() {
        long[] current = {10, 0, 0};
        List<Long> reported = new ArrayList<>();
        for (int month = 0; month < 3; month++) {
            if (month == 1) {
                current[1] = 5;
            }
            if (month == 2) {
                current[2] = 3;
            }
            long lockedCurrent = 0;
            long lockedReported = 0;
            for (int m = 0; m < month; m++) {
                lockedCurrent += current[m];
                lockedReported += reported.get(m);
            }
            FigureLine line = line(
                    late.figures(
                            Map.of(Metric.PLACEMENTS, current[month]),
                            Map.of(Metric.PLACEMENTS, lockedCurrent),
                            Map.of(Metric.PLACEMENTS, lockedReported)),
                    Metric.PLACEMENTS);
            reported.add(line.value());
            // A record for the first month arrives after it was locked, before the second is made.
            if (month == 0) {
                current[0] = 11;
            }
        }
        assertThat(reported).containsExactly(10L, 6L, 3L);
        assertThat(reported.stream().mapToLong(Long::longValue).sum()).isEqualTo(current[0] + current[1] + current[2]);
    }

    @Test
    void letsTheFirstReportOfARegionBeAnyMonth() {
        order.check(YearMonth.of(2015, 3), false, Optional.empty());
    }

    @Test
    void letsAMonthFollowALockedMonth() {
        order.check(YearMonth.of(2015, 3), true, Optional.of(ReportStatus.LOCKED));
    }

    @Test
    void refusesAMonthWhoseMonthBeforeIsNotLocked() {
        assertThatThrownBy(() -> order.check(YearMonth.of(2015, 3), true, Optional.of(ReportStatus.SUBMITTED)))
                .isInstanceOfSatisfying(StepRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("PREVIOUS_NOT_LOCKED");
                    assertThat(e.arguments()).containsExactly("2015-03", "2015-02");
                });
        assertThatThrownBy(() -> order.check(YearMonth.of(2015, 3), true, Optional.of(ReportStatus.RETURNED)))
                .isInstanceOf(StepRefusedException.class);
    }

    @Test
    void refusesToSkipAMonth() {
        assertThatThrownBy(() -> order.check(YearMonth.of(2015, 3), true, Optional.empty()))
                .isInstanceOfSatisfying(
                        StepRefusedException.class, e -> assertThat(e.code()).isEqualTo("PREVIOUS_MISSING"));
    }

    @Test
    void neverLetsASubmitterLock() {
        assertThat(fourEyes.check("approver", List.of("caseworker"))).isEmpty();
        assertThat(fourEyes.check("admin", List.of("caseworker", "admin")))
                .map(Violation::code)
                .contains("FOUR_EYES");
    }

    @Test
    void readsOnlyAnEndedMonthWrittenYearDashMonth() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(month("2026-10", today)).isEqualTo(YearMonth.of(2026, 10));
        assertThat(month(" 2015-01 ", today)).isEqualTo(YearMonth.of(2015, 1));
        assertThat(code("2026-11", today)).isEqualTo("NOT_ENDED");
        assertThat(code("2027-01", today)).isEqualTo("NOT_ENDED");
        assertThat(code("2015-13", today)).isEqualTo("FORMAT");
        assertThat(code("2015/01", today)).isEqualTo("FORMAT");
        assertThat(code("2015-01-01", today)).isEqualTo("FORMAT");
        assertThat(code("", today)).isEqualTo("REQUIRED");
        assertThat(month("2026-11", LocalDate.of(2026, 12, 1))).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void groupsConsecutiveMonthsIntoRuns() {
        assertThat(MonthlyReports.runs(List.of(
                        YearMonth.of(2015, 1), YearMonth.of(2015, 2), YearMonth.of(2015, 4), YearMonth.of(2015, 5))))
                .containsExactly(
                        List.of(YearMonth.of(2015, 1), YearMonth.of(2015, 2)),
                        List.of(YearMonth.of(2015, 4), YearMonth.of(2015, 5)));
    }

    @Test
    void showsMoneyInYuan() {
        assertThat(FigureLine.display(Metric.SUBSIDIES_PAID_FEN, 13310000)).isEqualTo("133,100");
        assertThat(FigureLine.display(Metric.SUBSIDIES_PAID_FEN, -150)).isEqualTo("-1.50");
        assertThat(FigureLine.display(Metric.PLACEMENTS, 1234)).isEqualTo("1,234");
        assertThat(FigureLine.shown(Metric.SUBSIDIES_PAID_FEN, 150).toPlainString())
                .isEqualTo("1.50");
    }

    private static YearMonth month(String typed, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        YearMonth month = ReportMonth.parse(typed, today, violations);
        assertThat(violations).isEmpty();
        return month;
    }

    private static String code(String typed, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        assertThat(ReportMonth.parse(typed, today, violations)).isNull();
        return violations.get(0).code();
    }

    private static FigureLine line(List<FigureLine> lines, Metric metric) {
        Map<Metric, FigureLine> byMetric = new EnumMap<>(Metric.class);
        lines.forEach(line -> byMetric.put(line.metric(), line));
        return byMetric.get(metric);
    }
}
