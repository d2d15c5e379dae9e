package org.laborbridge.transport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.cooperation.PartnerRegion;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingPage;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.DemoMode;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementPage;
import org.laborbridge.placements.PlacementQuery;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TravellerHandedOver;
import org.laborbridge.transport.TravellerListed;
import org.laborbridge.transport.TravellerShare;
import org.laborbridge.transport.TripArrived;
import org.laborbridge.transport.TripHandedOver;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.trips.BatchRegions;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerHistory;
import org.laborbridge.workers.WorkerHousehold;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the point-to-point trips of the demo at the first start in demo mode with the demo
 * workforce, after the fairs and their hires, as the demo administrator. Three parts, none of
 * which takes anybody already hired on the platform or on a trip:
 *
 * <ul>
 *   <li>The article's ten batches from Xiangxi (batch region 433100, 2020, numbers 1–10) carrying
 *       the 528 Xiangxi people helped out to work ({@link XiangxiCharters}), one transaction per
 *       batch: hired first, then listed, checked, boarded, departed, arrived and handed over, with
 *       the events the trips service publishes (so that demands are travelled and subsidies can
 *       be claimed) and the listing and hand-over steps on each traveller's timeline. The trips service plans
 *       only from today on, so these 2020 journeys are written as records of what happened, by
 *       the same loader as the earlier ones.
 *   <li>The charters that carried every other person helped out to work — 184,772 from Wulong,
 *       Linyi, Huanggang and Qianxinan — between February 2020 and last week, planned by
 *       {@link HistoricalCharters} and loaded by COPY in one transaction ({@link CharterLoad}):
 *       handed over to a Jinan demo enterprise, but with no placement, since they were hired
 *       before the platform; they publish no events and add no timeline steps, as an import
 *       does not.
 *   <li>Hires on their way ({@link DemoInMotion}): a few Xiangxi job seekers hired through the
 *       placements service, their demands opened by the platform, one coach planned for part of
 *       them and the rest left open for the planner.
 * </ul>
 *
 * Travellers by mode over all 185,300: 81,824 by coach (44.2%), 45,804 in carriages (24.7%),
 * 34,000 on 34 whole trains (18.3%) and 23,672 by air (12.8%). Nothing happens once the demo's
 * own trips exist (other trips do not count); {@code laborbridge.demo.workers=false} turns it off with the workforce.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class TransportDemo implements ApplicationRunner {

    static final Caller SEEDER = new Caller(CharterLoad.ACTOR, null, Role.ADMIN, List.of(), null, null);
    static final LocalDate CHARTERS_SINCE = LocalDate.of(2020, 2, 10);
    static final String CHECKS_PROPERTY = "laborbridge.transport.pre-departure-checks";
    /** The timeline steps the trips service writes, worded in its bundle; the demo adds the first and the last. */
    static final String LISTED = "TRIP_LISTED";

    static final String HANDED_OVER = "TRIP_HANDED_OVER";
    /** The HR people who received the newcomers at the enterprises' gates. */
    static final List<String> RECEIVERS = List.of("王晓丽", "李建华", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "孙婷", "周立新", "吴海燕");

    private static final Logger log = LoggerFactory.getLogger(TransportDemo.class);
    private static final String XIANGXI = "433100";
    private static final String JINAN = "370100";

    /** What a seeding added. */
    record Seeded(
            int xiangxiBatches,
            int xiangxiTravellers,
            int charters,
            Map<TransportMode, Integer> travellersByMode,
            DemoInMotion.Seeded inMotion) {

        int travellers() {
            return travellersByMode.values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }
    }

    private final WorkerRegistry registry;
    private final WorkerHistory history;
    private final Placements placements;
    private final JobPostings postings;
    private final PartnerRegions partnerRegions;
    private final BatchRegions batchRegions;
    private final ApplicationEventPublisher events;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final DemoInMotion inMotion;

    TransportDemo(
            WorkerRegistry registry,
            WorkerHistory history,
            Placements placements,
            JobPostings postings,
            PartnerRegions partnerRegions,
            BatchRegions batchRegions,
            ApplicationEventPublisher events,
            DataSource dataSource,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Environment environment,
            Trips trips,
            Accounts accounts) {
        this.registry = registry;
        this.history = history;
        this.placements = placements;
        this.postings = postings;
        this.partnerRegions = partnerRegions;
        this.batchRegions = batchRegions;
        this.events = events;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.environment = environment;
        this.inMotion = new DemoInMotion(registry, placements, trips, accounts);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (DemoMode.isOn(environment) && environment.getProperty("laborbridge.demo.workers", Boolean.class, true)) {
            seed();
        }
    }

    /** The demo's own trips only: others' trips (a bureau's, or other tests' in one database) do not count. */
    boolean seeded() {
        return jdbc.sql("select exists (select 1 from trip where created_by = :actor)")
                .param("actor", CharterLoad.ACTOR)
                .query(Boolean.class)
                .single();
    }

    /** Empty when the demo's trips exist already or there is no Jinan enterprise to take people to. */
    Optional<Seeded> seed() {
        return Callers.runAs(SEEDER, () -> {
            if (seeded()) {
                return Optional.empty();
            }
            long started = System.nanoTime();
            List<XiangxiCharters.Opening> openings = jinanOpenings();
            if (openings.isEmpty()) {
                log.warn("Demo trips skipped: no open Jinan posting to take travellers to");
                return Optional.empty();
            }
            Map<TransportMode, Integer> byMode = new EnumMap<>(TransportMode.class);
            // Whoever is hired on the platform or on a trip already has their own story: the demo
            // writes no earlier journey for them and hires them for nothing else.
            Set<WorkerId> busy = hiredOrTravelling();
            int[] earlier = seedHistory(openings, busy, byMode);
            long historyMillis = (System.nanoTime() - started) / 1_000_000;
            int[] xiangxi = seedXiangxi(openings, busy, byMode);
            long xiangxiMillis = (System.nanoTime() - started) / 1_000_000 - historyMillis;
            DemoInMotion.Seeded moving = transaction.execute(status -> inMotion.seed(openings, busy));
            Seeded seeded = new Seeded(xiangxi[0], xiangxi[1], earlier[0] + xiangxi[2], byMode, moving);
            log.info(
                    "Demo trips: {} Xiangxi travellers in {} batches; {} travellers on {} charters in all ({}) in {} ms"
                            + " ({} ms for the earlier charters, {} ms for the Xiangxi batches); {} Xiangxi hires"
                            + " starting in {} days, {} of them on a planned coach, the rest open for the planner",
                    seeded.xiangxiTravellers(),
                    seeded.xiangxiBatches(),
                    seeded.travellers(),
                    seeded.charters(),
                    byMode,
                    (System.nanoTime() - started) / 1_000_000,
                    historyMillis,
                    xiangxiMillis,
                    moving.hires().size(),
                    DemoInMotion.STARTS_IN,
                    moving.listed());
            return Optional.of(seeded);
        });
    }

    /** Returns {charters, travellers}. */
    private int[] seedHistory(
            List<XiangxiCharters.Opening> openings, Set<WorkerId> busy, Map<TransportMode, Integer> byMode) {
        List<WorkerHousehold> people = registry.inSituation(Situation.EMPLOYED_AWAY, null).stream()
                .filter(person -> !person.householdCounty().startsWith(XIANGXI.substring(0, 4)))
                .filter(person -> !busy.contains(person.worker()))
                .toList();
        if (people.isEmpty()) {
            return new int[] {0, 0};
        }
        List<Charter.Workplace> workplaces = openings.stream()
                .map(XiangxiCharters.Opening::workplace)
                .distinct()
                .toList();
        LocalDate last = BureauTime.today().minusDays(7);
        List<Charter> charters =
                new HistoricalCharters(CharterRoutes.toJinan(), workplaces, CHARTERS_SINCE, last).plan(people);
        List<CharterLoad.Written> written = transaction.execute(status -> load(charters));
        count(written, byMode);
        return new int[] {written.size(), people.size()};
    }

    /** Returns {batches, travellers, charters}. */
    private int[] seedXiangxi(
            List<XiangxiCharters.Opening> openings, Set<WorkerId> busy, Map<TransportMode, Integer> byMode) {
        // Only people not hired on the platform yet: the fair's recent hires are Xiangxi people too.
        List<WorkerHousehold> people = registry.inSituation(Situation.EMPLOYED_AWAY, new RegionCode(XIANGXI)).stream()
                .filter(person -> !busy.contains(person.worker()))
                .limit(XiangxiCharters.TRAVELLERS)
                .toList();
        XiangxiCharters xiangxi = new XiangxiCharters(placements);
        int next = 0;
        int batches = 0;
        int charters = 0;
        for (int b = 0; b < XiangxiCharters.BATCHES.size() && next < people.size(); b++) {
            int batch = b;
            int from = next;
            List<CharterLoad.Written> written = transaction.execute(status -> {
                List<CharterLoad.Written> trips = load(xiangxi.hireAndSeat(batch, people, from, openings));
                trips.forEach(this::publish);
                return trips;
            });
            count(written, byMode);
            next += written.stream().mapToInt(trip -> trip.lines().size()).sum();
            batches++;
            charters += written.size();
        }
        return new int[] {batches, next, charters};
    }

    /** Everyone with a placement (any status) or a line on any trip. */
    private Set<WorkerId> hiredOrTravelling() {
        Set<WorkerId> busy = new HashSet<>();
        for (int page = 0; ; page++) {
            PlacementPage found = placements.search(PlacementQuery.all(page, PlacementQuery.MAX_SIZE));
            found.items().forEach(placement -> busy.add(placement.worker()));
            if (found.items().size() < PlacementQuery.MAX_SIZE) {
                break;
            }
        }
        jdbc.sql("select distinct worker_id from manifest_line")
                .query(UUID.class)
                .list()
                .forEach(worker -> busy.add(new WorkerId(worker)));
        return busy;
    }

    private List<CharterLoad.Written> load(List<Charter> charters) {
        Map<String, Optional<PartnerRegion>> covering = new HashMap<>();
        java.util.function.BiFunction<String, LocalDate, Optional<PartnerRegion>> partner = (county, day) ->
                covering.computeIfAbsent(county + "/" + day, k -> partnerRegions.covering(new RegionCode(county), day));
        Map<String, RegionCode> batchRegionOf = new HashMap<>();
        List<Batches.Numbered> numbered = Batches.number(
                charters,
                (county, day) -> batchRegionOf.computeIfAbsent(
                        county + "/" + day, k -> batchRegions.of(new RegionCode(county), day)),
                lastBatchNumbers());
        CharterLoad load = new CharterLoad(
                DataSourceUtils.getConnection(dataSource),
                checks(),
                (county, day) -> partner.apply(county, day)
                        .map(region -> region.has(PartnerFlag.CHARTER_FULLY_SUBSIDISED))
                        .orElse(false));
        return load.write(numbered);
    }

    private Map<String, Integer> lastBatchNumbers() {
        Map<String, Integer> last = new HashMap<>();
        jdbc.sql(
                        "select batch_region, batch_year, max(batch_no) as last from trip_batch group by batch_region, batch_year")
                .query((row, n) -> last.put(
                        Batches.key(new RegionCode(row.getString("batch_region")), row.getInt("batch_year")),
                        row.getInt("last")))
                .list();
        return last;
    }

    private List<String> checks() {
        return List.of(environment.getProperty(CHECKS_PROPERTY, String[].class, new String[] {"HEALTH"}));
    }

    /** What the trips service announces for a journey, in its order. */
    private void publish(CharterLoad.Written trip) {
        Batches.Numbered batch = trip.batch();
        Charter charter = batch.charter();
        List<CharterLoad.Line> lines = trip.lines();
        for (CharterLoad.Line line : lines) {
            history.record(
                    line.seat().traveller().worker(),
                    LISTED,
                    Map.of(
                            "batch", batch.year() + "-" + batch.no(),
                            "mode", charter.mode().name(),
                            "vehicleNo", charter.vehicleNo(),
                            "gatheringPoint", charter.gatheringPoint(),
                            "plannedDeparture",
                                    BureauTime.format(charter.departure()
                                            .atZone(BureauTime.ZONE)
                                            .toInstant())));
            events.publishEvent(new TravellerListed(
                    trip.trip(),
                    line.seat().traveller().worker(),
                    line.seat().traveller().householdCounty(),
                    line.seat().placement(),
                    charter.departure().atZone(BureauTime.ZONE).toInstant()));
        }
        events.publishEvent(new TripArrived(
                trip.trip(),
                batch.region(),
                batch.year(),
                batch.no(),
                charter.mode(),
                new RegionCode(charter.origin()),
                CharterLoad.departedAt(charter),
                CharterLoad.arrivedAt(charter),
                charter.cost(),
                lines.stream()
                        .map(line -> new TravellerShare(
                                line.seat().traveller().worker(),
                                line.seat().traveller().householdCounty(),
                                line.seat().placement(),
                                line.seat().workplace().employer(),
                                line.share(),
                                line.charterFullySubsidised()))
                        .toList()));
        for (CharterLoad.Line line : lines) {
            Charter.Workplace workplace = line.seat().workplace();
            events.publishEvent(new TravellerHandedOver(
                    trip.trip(),
                    line.seat().traveller().worker(),
                    line.seat().traveller().householdCounty(),
                    line.seat().placement(),
                    workplace.employer(),
                    workplace.receivedBy(),
                    CharterLoad.handedOverAt(charter)));
            history.record(
                    line.seat().traveller().worker(),
                    HANDED_OVER,
                    Map.of("employer", workplace.employerName(), "receivedBy", workplace.receivedBy()));
        }
        events.publishEvent(new TripHandedOver(trip.trip(), lines.size(), CharterLoad.closedAt(charter)));
    }

    private static void count(List<CharterLoad.Written> written, Map<TransportMode, Integer> byMode) {
        for (CharterLoad.Written trip : written) {
            byMode.merge(trip.batch().charter().mode(), trip.lines().size(), Integer::sum);
        }
    }

    /** Every open posting in Jinan, in a stable order, with the HR person who receives its hires. */
    private List<XiangxiCharters.Opening> jinanOpenings() {
        List<JobPostingView> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            PostingPage result = postings.search(
                    new PostingQuery(null, null, JINAN, null, PostingStatus.OPEN, page, PostingQuery.MAX_SIZE));
            found.addAll(result.items());
            if (result.items().size() < PostingQuery.MAX_SIZE) {
                break;
            }
        }
        return found.stream()
                .sorted(Comparator.comparing(JobPostingView::employerName).thenComparing(JobPostingView::title))
                .map(posting -> new XiangxiCharters.Opening(
                        posting,
                        new Charter.Workplace(
                                posting.employerId(),
                                posting.employerName(),
                                posting.workRegion(),
                                posting.workAddress(),
                                "人事部 "
                                        + RECEIVERS.get(Math.floorMod(
                                                posting.employerName().hashCode(), RECEIVERS.size())))))
                .toList();
    }
}
