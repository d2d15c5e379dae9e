package org.laborbridge.transport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TravellerStatus;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripModeFigure;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transport demo on the real database: the article's ten Xiangxi batches in full, the earlier
 * charters at a small scale — a few hundred people from the other partner regions — and the hires
 * on their way. The database is shared with every other test of the run, which hire Xiangxi
 * people and plan trips of their own: the demo must seed among them, and every assertion here
 * looks at the demo's rows or at the people this test registered.
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

    /** Tells this test's people apart by name too, so they never look like duplicates of each other. */
    static final AtomicInteger NAMES = new AtomicInteger();

    @Test
    void seedsTheArticlesBatchesAndCarriesEveryoneElseOnceOnlyOnce() {
        List<String> xiangxi = List.of("433122", "433123", "433124", "433125", "433126", "433127", "433130");
        register(xiangxi, 528, Situation.EMPLOYED_AWAY);
        List<UUID> earlier = new java.util.ArrayList<>();
        earlier.addAll(register(List.of("500156"), 40, Situation.EMPLOYED_AWAY));
        earlier.addAll(register(List.of("371321", "371323", "371325", "371328"), 160, Situation.EMPLOYED_AWAY));
        earlier.addAll(register(List.of("421102", "421121", "421181"), 120, Situation.EMPLOYED_AWAY));
        earlier.addAll(register(List.of("522323"), 60, Situation.EMPLOYED_AWAY));
        register(xiangxi, 20, Situation.SEEKING);

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
                .isEqualTo(1);
        assertThat(count("""
                select count(*) from trip t where t.created_by = 'demo' and t.total_cost_fen <>
                  (select sum(l.share_fen) from manifest_line l where l.trip_id = t.id)""")).isZero();
        assertThat(count("""
                select count(*) from trip t where t.created_by = 'demo' and t.seats <
                  (select count(*) from manifest_line l where l.trip_id = t.id)""")).isZero();
        // Linyi and Wulong had the full charter subsidy from February 2020; Qianxinan never.
        assertThat(count("""
                select count(*) from manifest_line l join trip t on t.id = l.trip_id where t.created_by = 'demo'
                  and t.status = 'HANDED_OVER' and l.charter_fully_subsidised <> (l.household_county like '3713%'
                      or l.household_county like '4331%' or l.household_county = '500156')""")).isZero();

        // Everyone else helped out went on exactly one earlier charter, with no placement.
        assertThat(jdbc.sql("""
                        select count(*) from worker w where w.id in (:ids)
                          and 1 = (select count(*) from manifest_line l join trip t on t.id = l.trip_id
                                   where t.created_by = 'demo' and l.worker_id = w.id and l.placement_id is null)""").param("ids", earlier).query(Long.class).single())
                .isEqualTo(earlier.size());
        // Nobody hired on the platform before was given an earlier journey they never made.
        assertThat(count("""
                select count(*) from manifest_line l join trip t on t.id = l.trip_id
                where t.created_by = 'demo' and l.placement_id is null
                  and exists (select 1 from placement p where p.worker_id = l.worker_id)""")).isZero();
        assertThat(count("""
                select count(*) from manifest_line l join trip t on t.id = l.trip_id
                where t.created_by = 'demo' and l.placement_id is null and l.household_county like '4331%'""")).isZero();
        batchesRunWithoutGaps();
        theTripsServiceReadsThemBack();
        theFiguresCountTheArticlesTravellersAndVehiclesByMode();
        hiresAreOnTheirWay(seeded.get().inMotion());

        Map<String, Long> before = totals();
        assertThat(demo.seed()).isEmpty();
        assertThat(totals()).isEqualTo(before);
    }

    /**
     * The hires starting soon: each with the demand the platform opened on the hire, the first ten
     * on the planned coach (their demands PLANNED on it), the others still OPEN for the planner.
     */
    private void hiresAreOnTheirWay(DemoInMotion.Seeded moving) {
        assertThat(moving.hires()).hasSize(DemoInMotion.HIRES);
        assertThat(moving.listed()).isEqualTo(DemoInMotion.LISTED);
        LocalDate start = BureauTime.today().plusDays(DemoInMotion.STARTS_IN);
        List<UUID> placementIds =
                moving.hires().stream().map(PlacementId::value).toList();
        assertThat(jdbc.sql("""
                        select p.start_date from placement p
                        join worker w on w.id = p.worker_id
                        where p.id in (:ids) and w.household_county like '4331%' and w.registered_poor""")
                        .param("ids", placementIds)
                        .query(LocalDate.class)
                        .list())
                .hasSize(DemoInMotion.HIRES)
                .containsOnly(start);
        Map<String, Long> demands = new java.util.HashMap<>();
        jdbc.sql("""
                        select status, count(*) as n from transport_demand
                        where placement_id in (:ids) and earliest = :earliest and latest = :latest
                          and created_by = 'system' group by status""")
                .param("ids", placementIds)
                .param("earliest", start.minusDays(7))
                .param("latest", start.minusDays(1))
                .query((row, n) -> demands.put(row.getString("status"), row.getLong("n")))
                .list();
        assertThat(demands).isEqualTo(Map.of("PLANNED", (long) DemoInMotion.LISTED, "OPEN", (long)
                (DemoInMotion.HIRES - DemoInMotion.LISTED)));

        TripView bus = Callers.runAs(REGISTRAR, () -> trips.find(moving.bus()));
        assertThat(bus.status()).isEqualTo(TripStatus.PLANNED);
        assertThat(bus.mode()).isEqualTo(TransportMode.BUS);
        assertThat(bus.batchRegion().value()).isEqualTo("433100");
        assertThat(bus.plannedDeparture().atZone(BureauTime.ZONE).toLocalDate())
                .isEqualTo(BureauTime.today().plusDays(DemoInMotion.DEPARTS_IN));
        assertThat(count("select count(*) from transport_demand where trip_id = '"
                        + moving.bus().value() + "' and status = 'PLANNED'"))
                .isEqualTo(DemoInMotion.LISTED);
    }

    /** The 528 of 2020 came on eleven coaches and one train carriage; other tests travel in later years. */
    private void theFiguresCountTheArticlesTravellersAndVehiclesByMode() {
        assertThat(byMode(trips.travellerFiguresByMode(), "4331"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(TransportMode.BUS, 416L, TransportMode.CARRIAGE, 112L));
        assertThat(byMode(trips.vehicleFigures(), "433100"))
                .containsExactlyInAnyOrderEntriesOf(Map.of(TransportMode.BUS, 11L, TransportMode.CARRIAGE, 1L));
    }

    private static Map<TransportMode, Long> byMode(List<TripModeFigure> figures, String countyPrefix) {
        return figures.stream()
                .filter(f -> f.county().startsWith(countyPrefix) && f.month().getYear() == 2020)
                .collect(Collectors.groupingBy(TripModeFigure::mode, Collectors.summingLong(TripModeFigure::value)));
    }

    /** A Xiangxi trip with placements and an earlier one without: the service shows both whole. */
    private void theTripsServiceReadsThemBack() {
        for (String which : List.of("batch_region = '433100' and batch_year = 2020", "batch_region <> '433100'")) {
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

    private List<UUID> register(List<String> counties, int count, Situation situation) {
        return Callers.runAs(REGISTRAR, () -> {
            List<UUID> ids = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                String county = counties.get(i % counties.size());
                ids.add(registry.register(new WorkerForm(
                                "输送演示" + NAMES.incrementAndGet(),
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
                                situation,
                                "transport demo " + UUID.randomUUID()))
                        .id()
                        .value());
            }
            return ids;
        });
    }
}
