package org.laborbridge.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.fairs.FairQuery;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.reporting.Metric;
import org.laborbridge.reporting.dashboard.Dashboard;
import org.laborbridge.reporting.dashboard.DashboardFilter;
import org.laborbridge.reporting.dashboard.DashboardTable;
import org.laborbridge.reporting.dashboard.DashboardView;
import org.laborbridge.reporting.dashboard.Tile;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyPolicies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The dashboard reads each metric's detail as {@code Metric} says: the transport mode named in the
 * reader's language, the fair by its name, the policy by its name and code, the follow-up month.
 * Until every module reports its detail, the test adds figures of its own to what the modules
 * report, in a county no demo uses (Shihezi, 659001), and the refresh puts everything back.
 */
@SpringBootTest
class DashboardDetailTests {

    private static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);
    private static final String SHIHEZI = "659001";
    private static final YearMonth MONTH = YearMonth.of(2021, 3);

    @Autowired
    StatFigures figures;

    @Autowired
    FigureSources sources;

    @Autowired
    FigureRefresh refresh;

    @Autowired
    Dashboard dashboard;

    @Autowired
    Fairs fairs;

    @Autowired
    SubsidyPolicies policies;

    @AfterEach
    void putBackWhatTheModulesReport() {
        for (Metric metric : Metric.values()) {
            if (!sources.all().containsKey(metric)) {
                figures.replace(metric, List.of());
            }
        }
        refresh.refresh();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void namesEachDetailInTheReadersLanguage() {
        FairView fair = Callers.runAs(CASEWORKER, () -> fairs.search(FairQuery.all(0, 1)))
                .items()
                .get(0);
        PolicyView policy = Callers.runAs(CASEWORKER, () -> policies.all()).get(0);
        add(Metric.POINT_TO_POINT_TRAVELLERS, "BUS", 7);
        add(Metric.POINT_TO_POINT_TRAVELLERS, "FLIGHT", 3);
        add(Metric.POSITIONS_OFFERED, fair.id().toString(), 40);
        add(Metric.FAIR_EMPLOYERS, fair.id().toString(), 2);
        add(Metric.SUBSIDIES_PAID_FEN, policy.code(), 150_050);
        add(Metric.RETENTION_DUE, "1", 4);
        add(Metric.RETAINED, "1", 3);

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        DashboardView view = Callers.runAs(
                CASEWORKER, () -> dashboard.read(new DashboardFilter(SHIHEZI, "2021-03", "2021-03"), false));

        assertThat(rows(view.table("modes")))
                .containsExactly(List.of("Chartered bus", 7L), List.of("Chartered flight", 3L));
        assertThat(view.table("fairs").rows()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo(fair.name());
            assertThat(row.values()).containsExactly(40L, 2L, 0L);
            assertThat(row.href()).isEqualTo("/fairs/" + fair.id());
        });
        assertThat(view.table("subsidies").rows()).singleElement().satisfies(row -> {
            assertThat(row.labels()).containsExactly(policy.name(), policy.code());
            assertThat((BigDecimal) row.values().get(2)).isEqualByComparingTo("1500.50");
        });
        assertThat(tile(view, "subsidiesPaidYuan").raw()).isEqualTo("1500.5");
        assertThat(tile(view, "retention1").raw()).isEqualTo("75");
        assertThat(tile(view, "retention1").label()).isEqualTo("Retained after 1 month");
        assertThat(tile(view, "pointToPointTravellers").raw()).isEqualTo("10");
        assertThat(view.table("retention").rows())
                .singleElement()
                .satisfies(row -> assertThat(row.label()).isEqualTo("After 1 month"));
    }

    private final Map<Metric, List<FigureRow>> added = new EnumMap<>(Metric.class);

    private void add(Metric metric, String detail, long value) {
        added.computeIfAbsent(metric, m -> new ArrayList<>()).add(new FigureRow(SHIHEZI, MONTH, detail, value));
        List<FigureRow> rows = new ArrayList<>(added.get(metric));
        if (sources.all().containsKey(metric)) {
            rows.addAll(sources.all().get(metric).get());
        }
        Map<Metric, Long> before = figures.sums(List.of(SHIHEZI), MONTH, MONTH);
        figures.replace(metric, rows);
        assertThat(figures.sums(List.of(SHIHEZI), MONTH, MONTH).get(metric)).isGreaterThan(before.get(metric));
    }

    private static List<List<Object>> rows(DashboardTable table) {
        return table.rows().stream()
                .map(row -> List.<Object>of(row.label(), row.values().get(0)))
                .toList();
    }

    private static Tile tile(DashboardView view, String key) {
        return view.tiles().stream()
                .filter(tile -> tile.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
