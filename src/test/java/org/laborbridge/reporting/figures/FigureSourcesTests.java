package org.laborbridge.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairQuery;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.Placements;
import org.laborbridge.reporting.Metric;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripModeFigure;
import org.laborbridge.transport.Trips;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every metric is filled, and {@code stat_figure} keeps each one's breakdown in {@code detail} as
 * its module reports it: the transport mode, the fair's id, the follow-up month, the policy code.
 * The database is shared with every other test, so figures are compared with the modules' own, not
 * with fixed totals, except for the demo's fair of 2020, which no test can change.
 */
@SpringBootTest
class FigureSourcesTests {

    private static final Caller CASEWORKER = new Caller("caseworker", null, Role.CASEWORKER, List.of(), null, null);

    @Autowired
    FigureSources sources;

    @Autowired
    FigureRefresh refresh;

    @Autowired
    Trips trips;

    @Autowired
    Fairs fairs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMetricHasASourceAndEachRefreshes() {
        assertThat(sources.all()).containsOnlyKeys(Metric.values());
        assertThat(refresh.refresh()).isEqualTo(Metric.values().length);
    }

    @Test
    void keepsTheDetailEachMetricIsBrokenDownBy() {
        refresh.refresh();

        List<String> modes =
                Arrays.stream(TransportMode.values()).map(Enum::name).toList();
        assertThat(details(Metric.POINT_TO_POINT_TRAVELLERS)).isSubsetOf(modes);
        assertThat(details(Metric.POINT_TO_POINT_VEHICLES)).isSubsetOf(modes);
        List<String> followUps =
                Placements.RETENTION_MONTHS.stream().map(String::valueOf).toList();
        assertThat(details(Metric.RETENTION_DUE)).isSubsetOf(followUps);
        assertThat(details(Metric.RETAINED)).isSubsetOf(followUps);
        for (Metric byFair : List.of(Metric.FAIRS, Metric.FAIR_EMPLOYERS, Metric.POSITIONS_OFFERED)) {
            assertThat(details(byFair)).isNotEmpty().allMatch(detail -> detail.matches("[0-9a-f-]{36}"));
        }
        for (Metric byPolicy : List.of(Metric.SUBSIDIES_APPROVED_FEN, Metric.SUBSIDIES_PAID_FEN)) {
            assertThat(details(byPolicy)).doesNotContain("");
        }
        assertThat(details(Metric.PLACEMENTS)).isSubsetOf("");
    }

    @Test
    void storesTravellersByModeAsTransportCountsThem() {
        refresh.refresh();

        Map<String, Long> counted = trips.travellerFiguresByMode().stream()
                .filter(f -> f.county().startsWith("4331"))
                .collect(Collectors.groupingBy(f -> f.mode().name(), Collectors.summingLong(TripModeFigure::value)));
        assertThat(byDetail(Metric.POINT_TO_POINT_TRAVELLERS, "4331%")).isEqualTo(counted);
    }

    @Test
    void listsTheEastWestFairOf2020UnderItsIdWithElevenEnterprisesAndTheirPositions() {
        FairView eastWest = Callers.runAs(
                CASEWORKER,
                () -> fairs
                        .search(new FairQuery(
                                Campaign.EAST_WEST, FairKind.ON_SITE, FairStatus.FINISHED, "433100", 0, 100))
                        .items()
                        .stream()
                        .filter(fair -> fair.startsOn().getYear() == 2020)
                        .filter(fair -> fair.name().equals("济南—湘西东西部劳务扶贫专场招聘会"))
                        .findFirst()
                        .orElseThrow());
        refresh.refresh();

        String fair = eastWest.id().toString();
        assertThat(valueOf(Metric.FAIRS, fair)).isEqualTo(1);
        assertThat(valueOf(Metric.FAIR_EMPLOYERS, fair)).isEqualTo(11);
        assertThat(valueOf(Metric.POSITIONS_OFFERED, fair)).isEqualTo(4_980);
        assertThat(Callers.runAs(CASEWORKER, () -> fairs.fairsNamed(List.of(eastWest.id()))))
                .containsExactly(eastWest);
    }

    private List<String> details(Metric metric) {
        return jdbc.sql("select distinct detail from stat_figure where metric = ?")
                .param(metric.key())
                .query(String.class)
                .list();
    }

    private Map<String, Long> byDetail(Metric metric, String countyPattern) {
        return jdbc
                .sql("""
                        select detail, sum(value) as value from stat_figure
                         where metric = ? and county like ? group by detail
                        """)
                .param(metric.key())
                .param(countyPattern)
                .query((row, number) -> Map.entry(row.getString("detail"), row.getLong("value")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long valueOf(Metric metric, String detail) {
        return jdbc.sql("select coalesce(sum(value), 0) from stat_figure where metric = ? and detail = ?")
                .param(metric.key())
                .param(detail)
                .query(Long.class)
                .single();
    }
}
