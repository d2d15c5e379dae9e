package org.laborbridge.transport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transport demo on the real database: the article's ten Xiangxi batches in full, and the
 * earlier charters at a small scale — a few hundred people from the other partner regions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransportDemoTests {

    static final Caller REGISTRAR = new Caller("transport-demo-tests", null, Role.ADMIN, List.of(), null, null);

    @Autowired
    TransportDemo demo;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Trips trips;

    @Test
    void seedsTheArticlesBatchesAndCarriesEveryoneElseOnceOnlyOnce() {
        register(List.of("433122", "433123", "433124", "433125", "433126", "433127", "433130"), 528);
        register(List.of("500156"), 40);
        register(List.of("371321", "371323", "371325", "371328"), 160);
        register(List.of("421102", "421121", "421181"), 120);
        register(List.of("522323"), 60);

        long started = System.nanoTime();
        Optional<TransportDemo.Seeded> seeded = demo.seed();
        System.out.printf("Transport demo seeded in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, seeded);

        assertThat(seeded).isPresent();
        assertThat(seeded.get().xiangxiBatches()).isEqualTo(10);
        assertThat(seeded.get().xiangxiTravellers()).isEqualTo(528);

        // The article: ten batches from Xiangxi in 2020, 528 people, each handed over to their own
        // employer with the charter paid in full.
        assertThat(jdbc.sql("select batch_no from trip where created_by = 'demo' and batch_region = '433100'"
                                + " and batch_year = 2020")
                        .query(Integer.class)
                        .set())
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(count("""
                select count(*) from manifest_line l join trip t on t.id = l.trip_id
                where t.created_by = 'demo' and t.batch_region = '433100' and l.status = 'HANDED_OVER'
                  and l.charter_fully_subsidised and l.placement_id is not null
                  and l.employer_id = (select p.employer_id from placement p where p.id = l.placement_id)""")).isEqualTo(528);
        assertThat(count("select count(*) from trip where created_by = 'demo' and status <> 'HANDED_OVER'"))
                .isZero();
        assertThat(count("""
                select count(*) from trip t where t.created_by = 'demo' and t.total_cost_fen <>
                  (select sum(l.share_fen) from manifest_line l where l.trip_id = t.id)""")).isZero();
        assertThat(count("""
                select count(*) from trip t where t.created_by = 'demo' and t.seats <
                  (select count(*) from manifest_line l where l.trip_id = t.id)""")).isZero();
        // Linyi and Wulong had the full charter subsidy from February 2020; Qianxinan never.
        assertThat(count("""
                select count(*) from manifest_line l join trip t on t.id = l.trip_id where t.created_by = 'demo'
                  and l.charter_fully_subsidised <> (l.household_county like '3713%'
                      or l.household_county like '4331%' or l.household_county = '500156')""")).isZero();

        // Everyone else helped out went on exactly one earlier charter, with no placement.
        assertThat(count("""
                select count(*) from worker w where w.situation = 'EMPLOYED_AWAY' and w.duplicate_of is null
                  and w.household_county not like '4331%'
                  and 1 <> (select count(*) from manifest_line l join trip t on t.id = l.trip_id
                            where t.created_by = 'demo' and l.worker_id = w.id and l.placement_id is null)""")).isZero();
        assertThat(count("""
                select count(*) from manifest_line l join trip t on t.id = l.trip_id
                where t.created_by = 'demo' and l.placement_id is null and l.household_county like '4331%'""")).isZero();
        batchesRunWithoutGaps();
        theTripsServiceReadsThemBack();

        Map<String, Long> before = totals();
        assertThat(demo.seed()).isEmpty();
        assertThat(totals()).isEqualTo(before);
    }

    /** A Xiangxi trip with placements and an earlier one without: the service shows both whole. */
    private void theTripsServiceReadsThemBack() {
        for (String which : List.of("batch_region = '433100'", "batch_region <> '433100'")) {
            TripId id = new TripId(jdbc.sql("select id from trip where created_by = 'demo' and " + which + " limit 1")
                    .query(UUID.class)
                    .single());
            Manifest manifest = Callers.runAs(REGISTRAR, () -> trips.manifest(id));
            assertThat(manifest.trip().status()).isEqualTo(TripStatus.HANDED_OVER);
            assertThat(manifest.trip().steps()).hasSize(5);
            assertThat(manifest.lines())
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line.status()).isEqualTo(TravellerStatus.HANDED_OVER))
                    .allSatisfy(line ->
                            assertThat(line.cleared(manifest.requiredChecks())).isTrue());
            assertThat(manifest.lines().stream()
                            .mapToLong(line -> line.share().fen())
                            .sum())
                    .isEqualTo(manifest.trip().totalCost().fen());
        }
    }

    private void batchesRunWithoutGaps() {
        Map<String, TreeSet<Integer>> numbers = new java.util.HashMap<>();
        jdbc.sql("select batch_region || '/' || batch_year as key, batch_no from trip where created_by = 'demo'")
                .query((row, n) -> numbers.computeIfAbsent(row.getString("key"), k -> new TreeSet<>())
                        .add(row.getInt("batch_no")))
                .list();
        assertThat(numbers).isNotEmpty();
        numbers.forEach((key, used) ->
                assertThat(used.last() - used.first() + 1).as(key).isEqualTo(used.size()));
    }

    private Map<String, Long> totals() {
        return Map.of(
                "trips", count("select count(*) from trip"),
                "lines", count("select count(*) from manifest_line"),
                "placements", count("select count(*) from placement"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void register(List<String> counties, int count) {
        Callers.runAs(REGISTRAR, () -> {
            for (int i = 0; i < count; i++) {
                String county = counties.get(i % counties.size());
                registry.register(new WorkerForm(
                        "向" + "春梅晓东海波".charAt(i % 6) + "华",
                        TestResidentIds.next(county),
                        null,
                        null,
                        true,
                        null,
                        LaborCapacity.FULL,
                        true,
                        null,
                        List.of(),
                        List.of(),
                        Situation.EMPLOYED_AWAY,
                        "transport demo " + UUID.randomUUID()));
            }
            return null;
        });
    }
}
