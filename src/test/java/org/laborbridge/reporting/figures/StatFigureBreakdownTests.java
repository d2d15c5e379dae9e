package org.laborbridge.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.figures.StatFigures.Breakdown;
import org.laborbridge.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dashboard's breakdowns add up to the summary's sums for the same counties and months, stocks
 * included (a stock counts every change up to the end of the period, whenever it starts).
 */
@SpringBootTest
class StatFigureBreakdownTests {

    private static final List<Metric> METRICS = List.of(Metric.values());

    @Autowired
    StatFigures figures;

    @Autowired
    FigureRefresh refresh;

    @BeforeEach
    void countEverything() {
        refresh.refresh();
    }

    @ParameterizedTest(name = "{0} {1}..{2}")
    @CsvSource({"'', '', ''", "4331, 2020-01, 2026-12", "3713, '', 2025-06", "'', 2021-01, ''"})
    void eachBreakdownAddsUpToTheSums(String prefix, String from, String to) {
        List<String> prefixes = prefix.isEmpty() ? List.of() : List.of(prefix);
        YearMonth start = from.isEmpty() ? null : YearMonth.parse(from);
        YearMonth end = to.isEmpty() ? null : YearMonth.parse(to);
        Map<Metric, Long> sums = figures.sums(prefixes, start, end);

        for (Breakdown breakdown : Breakdown.values()) {
            Map<Metric, Map<String, Long>> grouped = figures.breakdown(breakdown, METRICS, prefixes, start, end);
            for (Metric metric : METRICS) {
                assertThat(grouped.get(metric).values().stream()
                                .mapToLong(Long::longValue)
                                .sum())
                        .as(breakdown + " " + metric)
                        .isEqualTo(sums.get(metric));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"433100", "371321", "421100"})
    void countsEachRegionByItsPrefix(String region) {
        String prefix = RegionCode.coveringPrefix(region);
        Map<Metric, Long> sums = figures.sums(List.of(prefix), null, null);

        Map<Metric, Map<String, Long>> byRegion = figures.byPrefix(METRICS, List.of(prefix, "5001"), null, null);

        for (Metric metric : METRICS) {
            assertThat(byRegion.get(metric).getOrDefault(prefix, 0L))
                    .as(metric.key())
                    .isEqualTo(sums.get(metric));
        }
    }
}
