package org.laborbridge.transport.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.forms.TypedFields;
import org.laborbridge.transport.web.TripFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transport API over real HTTP: a trip from planning to hand-over, refusals by field and
 * code, parallel additions that never overfill a bus, and who may do what.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TripsApiTests {

    /** 古丈县, for the demand whose window has passed. */
    private static final String GUZHANG = "433126";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TripFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TripFixtures(context);
    }

    @Test
    void carriesATravellerFromPlanningToHandOverWithTheirShareOfTheCost() {
        JobPostingView posting = fixtures.posting("接口输送测试电子厂");
        LocalDate day = BureauTime.today().plusDays(3);
        Reply planned = caseworker().post("/api/v1/trips", tripJson(day, "9000.50"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String trip = "/api/v1/trips/" + planned.json("id");
        assertThat(planned.header("Location")).isEqualTo(trip);
        assertThat(planned.json("totalCost")).isEqualTo(9000.5);
        assertThat(planned.json("batch.no")).isNotNull();

        PlacementView first = fixtures.demands().hire("接口甲", TripFixtures.LUXI, posting, day.plusDays(3));
        PlacementView second = fixtures.demands().hire("接口乙", TripFixtures.LUXI, posting, day.plusDays(3));
        Reply added = caseworker()
                .post(trip + "/travellers", "{\"placements\":[\"" + first.id() + "\",\"" + second.id() + "\"]}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json("length()")).isEqualTo(2);
        Reply twice = caseworker().post(trip + "/travellers", "{\"placement\":\"" + first.id() + "\"}");
        assertThat(twice.json("errors[0].code")).isEqualTo("ALREADY_LISTED");

        String firstLine = trip + "/travellers/" + first.worker();
        String secondLine = trip + "/travellers/" + second.worker();
        assertThat(caseworker().post(trip + "/boarding", "").json("status")).isEqualTo("BOARDING");
        assertThat(caseworker().post(firstLine + "/board", "").json("errors[0].field"))
                .isNotNull();
        Reply checked =
                caseworker().post(firstLine + "/checks", "{\"check\":\"HEALTH\",\"passed\":true,\"note\":\"体温正常\"}");
        assertThat(checked.json("checks[0].passed")).isEqualTo(true);
        assertThat(caseworker().post(firstLine + "/board", "").json("status")).isEqualTo("BOARDED");
        assertThat(caseworker().post(secondLine + "/no-show", "").json("status"))
                .isEqualTo("NO_SHOW");

        LocalDateTime now = LocalDateTime.now(BureauTime.ZONE).withSecond(0).withNano(0);
        assertThat(caseworker()
                        .post(trip + "/departure", at(now.minusMinutes(10)))
                        .json("status"))
                .isEqualTo("DEPARTED");
        assertThat(caseworker().post(trip + "/close", "").json("errors[0].code"))
                .isEqualTo("INVALID_TRANSITION");
        assertThat(caseworker().post(trip + "/arrival", at(now.minusMinutes(1))).json("status"))
                .isEqualTo("ARRIVED");
        Reply shares = caseworker().get(trip + "/shares");
        assertThat(shares.json("length()")).isEqualTo(1);
        assertThat(shares.json("[0].share")).isEqualTo(9000.5);
        assertThat(shares.json("[0].charterFullySubsidised")).isEqualTo(true);

        Reply wrongEmployer = caseworker()
                .post(firstLine + "/hand-over", "{\"employer\":\"" + UUID.randomUUID() + "\",\"receivedBy\":\"王经理\"}");
        assertThat(wrongEmployer.json("errors[0].code")).isEqualTo("NOT_THE_EMPLOYER");
        Reply handedOver = caseworker()
                .post(
                        firstLine + "/hand-over",
                        "{\"employer\":\"" + posting.employerId() + "\",\"receivedBy\":\"王经理\"}");
        assertThat(handedOver.json("status")).isEqualTo("HANDED_OVER");
        assertThat(handedOver.json("receivedBy")).isEqualTo("王经理");
        Reply closed = caseworker().post(trip + "/close", "");
        assertThat(closed.json("status")).isEqualTo("HANDED_OVER");
        assertThat(closed.json("steps[*].status").toString())
                .contains("PLANNED", "BOARDING", "DEPARTED", "ARRIVED", "HANDED_OVER");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"abc, FORMAT", "-5, NEGATIVE", "'', REQUIRED"})
    void refusesACostThatIsNotANonNegativeAmountAsFieldTotalCost(String cost, String code) {
        Reply refused =
                caseworker().post("/api/v1/trips", tripJson(BureauTime.today().plusDays(3), cost));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"totalCost\"", "\"code\":\"" + code + "\"");
    }

    @Test
    void readsACostSentAsAJsonNumber() {
        Reply planned = caseworker()
                .post(
                        "/api/v1/trips",
                        tripJson(BureauTime.today().plusDays(4), "8000").replace("\"8000\"", "8000"));

        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(planned.json("totalCost")).isEqualTo(8000.0);
    }

    @Test
    void explainsAMalformedCostInTheCallersLanguage() {
        Reply refused = caseworker()
                .language("en")
                .post("/api/v1/trips", tripJson(BureauTime.today().plusDays(3), "九千"));

        assertThat(refused.json("errors[0].message"))
                .isEqualTo("Total cost: a number of yuan, such as 9000 or 9000.50.");
    }

    @ParameterizedTest
    @CsvSource({"1999-12-31T08:00", "2101-01-01T08:00", "+99999-01-01T08:00"})
    void refusesADepartureOutsideTheYears2000To2100AsFormatNotAServerError(String departure) {
        Reply refused = caseworker()
                .post(
                        "/api/v1/trips",
                        tripJson(BureauTime.today().plusDays(5), "9000")
                                .replaceFirst(
                                        "\"plannedDeparture\":\"[^\"]+\"",
                                        "\"plannedDeparture\":\"" + departure + "\""));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json("errors[0].field")).isEqualTo("plannedDeparture");
        assertThat(refused.json("errors[0].code")).isEqualTo("FORMAT");
    }

    @Test
    void refusesMorePlacementsThanAnyVehicleHasSeatsBeforeReadingThem() {
        TripView bus = fixtures.bus(50);
        String tooMany = IntStream.rangeClosed(0, TypedFields.MAX_PLACEMENTS)
                .mapToObj(i -> "\"x" + i + "\"")
                .collect(Collectors.joining(",", "{\"placements\":[", "]}"));

        Reply refused = caseworker().language("en").post("/api/v1/trips/" + bus.id() + "/travellers", tooMany);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json("errors.length()")).isEqualTo(1);
        assertThat(refused.json("errors[0].field")).isEqualTo("placements");
        assertThat(refused.json("errors[0].code")).isEqualTo("TOO_MANY");
        assertThat(refused.json("errors[0].message"))
                .isEqualTo("Manifest: at most 3,000 placements can be added at once.");
    }

    @Test
    void refusesMoreThanTwentyDestinationsBeforeReadingThem() {
        String destinations = IntStream.rangeClosed(0, TypedFields.MAX_DESTINATIONS)
                .mapToObj(i -> "\"x" + i + "\"")
                .collect(Collectors.joining(","));
        Reply refused = caseworker()
                .post(
                        "/api/v1/trips",
                        tripJson(BureauTime.today().plusDays(5), "9000")
                                .replace(
                                        "\"destinations\":[\"" + TripFixtures.LIXIA + "\"]",
                                        "\"destinations\":[" + destinations + "]"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json("errors.length()")).isEqualTo(1);
        assertThat(refused.json("errors[0].field")).isEqualTo("destinations");
        assertThat(refused.json("errors[0].code")).isEqualTo("TOO_MANY");
    }

    /** Sixty people try for fifty seats at once: exactly fifty get one, the others are told FULL. */
    @Test
    void parallelAdditionsNeverOverfillTheBus() throws Exception {
        JobPostingView posting = fixtures.posting("并发输送测试电子厂");
        TripView bus = fixtures.bus(50);
        List<PlacementView> hires = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            hires.add(fixtures.hire("并发" + i, posting, bus));
        }
        String travellers = "/api/v1/trips/" + bus.id() + "/travellers";
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Reply>> requests = hires.stream()
                .<Callable<Reply>>map(hire -> () -> {
                    start.await();
                    return caseworker().post(travellers, "{\"placement\":\"" + hire.id() + "\"}");
                })
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(60);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (Callable<Reply> request : requests) {
                replies.add(pool.submit(request));
            }
            start.countDown();
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get());
            }
            Map<Integer, Long> byStatus =
                    answered.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
            assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 50L, 422, 10L));
            assertThat(answered.stream().filter(r -> r.status() == 422).map(r -> r.json("errors[0].code")))
                    .containsOnly("FULL");
        } finally {
            pool.shutdownNow();
        }
        Reply trip = caseworker().get("/api/v1/trips/" + bus.id());
        assertThat(trip.json("travellers")).isEqualTo(50);
        assertThat(trip.json("freeSeats")).isEqualTo(0);
    }

    /**
     * Who may do what, one row per demo user: see a trip leaving 泸溪, plan one from there, cancel
     * it, read its manifest in full, and use the planner. {@code xiangxi} covers 433100, {@code
     * linyi} does not: planning from outside their regions is refused by field (origin
     * OUT_OF_SCOPE) rather than by role.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "admin,      200, 201, 200, true,  200",
        "caseworker, 200, 201, 200, true,  200",
        "approver,   200, 403, 403, false, 403",
        "xiangxi,    200, 201, 200, true,  403",
        "linyi,      404, 422, 404, ,      403",
        "employer,   404, 403, 404, ,      403",
        "worker,     404, 403, 404, ,      403",
    })
    void roleByActionMatrix(String user, int see, int plan, int cancel, Boolean full, int propose) {
        TripView trip = fixtures.bus(45);
        ApiClient client = ApiClient.as(port, user);
        String path = "/api/v1/trips/" + trip.id();

        Reply found = client.get(path);
        Reply manifest = client.get(path + "/manifest?full=true");
        Reply planned = client.post("/api/v1/trips", tripJson(BureauTime.today().plusDays(5), "9000"));
        Reply cancelled = client.post(path + "/cancel", "{\"reason\":\"权限矩阵\"}");
        Reply proposed = client.post(
                "/api/v1/trip-plans/propose",
                "{\"from\":\"" + BureauTime.today().plusDays(1) + "\",\"to\":\""
                        + BureauTime.today().plusDays(30) + "\"}");

        assertThat(found.status()).as("see").isEqualTo(see);
        assertThat(planned.status()).as("plan: " + planned.body()).isEqualTo(plan);
        assertThat(cancelled.status()).as("cancel: " + cancelled.body()).isEqualTo(cancel);
        assertThat(proposed.status()).as("propose: " + proposed.body()).isEqualTo(propose);
        if (full == null) {
            assertThat(manifest.status()).as("manifest").isEqualTo(404);
        } else {
            assertThat(manifest.json("full")).as("manifest in full").isEqualTo(full);
        }
    }

    @Test
    void aWorkerReadsTheirOwnTripAndNobodyElseHasAny() {
        JobPostingView posting = fixtures.posting("我的行程接口电子厂");
        TripView bus = fixtures.bus(50);
        PlacementView hire = fixtures.hire("行程本人", posting, bus);
        assertThat(caseworker()
                        .post("/api/v1/trips/" + bus.id() + "/travellers", "{\"placement\":\"" + hire.id() + "\"}")
                        .status())
                .isEqualTo(201);
        String me = fixtures.workerUser(hire.worker());

        Reply mine = ApiClient.as(port, me, TestUsers.PASSWORD).get("/api/v1/me/trips");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json("[0].trip")).isEqualTo(bus.id().toString());
        assertThat(mine.json("[0].gatheringPoint")).isEqualTo("泸溪县人社局广场");
        assertThat(mine.json("[0].status")).isEqualTo("LISTED");
        assertThat(mine.json("[0].employer")).isEqualTo("我的行程接口电子厂");
        assertThat(mine.json("[0].workAddress")).isEqualTo(posting.workAddress());
        assertThat(caseworker().get("/api/v1/me/trips").status()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePlannerSaysWhyADemandWasLeftOut() {
        JobPostingView posting = fixtures.posting("规划原因接口电子厂");
        LocalDate today = BureauTime.today();
        PlacementView late = fixtures.demands().hire("接口过期", GUZHANG, posting, today.plusDays(3));
        String demand =
                fixtures.demands().waitingDemandOf(late.id()).orElseThrow().toString();
        context.getBean(JdbcClient.class)
                .sql("update transport_demand set earliest = :earliest, latest = :latest where id = :id")
                .param("earliest", today.minusDays(4))
                .param("latest", today.minusDays(1))
                .param("id", UUID.fromString(demand))
                .update();

        Reply proposed = caseworker()
                .post(
                        "/api/v1/trip-plans/propose",
                        "{\"from\":\"" + today.minusDays(5) + "\",\"to\":\"" + today.plusDays(2) + "\",\"region\":\""
                                + GUZHANG + "\"}");

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat((List<Object>) proposed.json("unplanned[?(@.demand.id == '" + demand + "')].reason"))
                .containsExactly("WINDOW_PASSED");
    }

    @Test
    void listsTheDemandsOfOnePlacement() {
        JobPostingView posting = fixtures.posting("需求按录用筛选电子厂");
        LocalDate start = BureauTime.today().plusDays(35);
        PlacementView hire = fixtures.demands().hire("筛选甲", TripFixtures.LUXI, posting, start);
        fixtures.demands().hire("筛选乙", TripFixtures.LUXI, posting, start);

        Reply listed = caseworker().get("/api/v1/transport-demands?placement=" + hire.id());

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json("total")).isEqualTo(1);
        assertThat(listed.json("items[0].placement")).isEqualTo(hire.id().toString());
    }

    @Test
    void recordsAndCancelsATransportDemand() {
        JobPostingView posting = fixtures.posting("需求接口电子厂");
        PlacementView hire = fixtures.demands()
                .hire("需求接口", TripFixtures.LUXI, posting, BureauTime.today().plusDays(30));
        Reply listed =
                caseworker().get("/api/v1/transport-demands?status=OPEN&region=" + TripFixtures.LUXI + "&size=100");
        assertThat(listed.body()).contains(hire.id().toString());
        String demand =
                fixtures.demands().waitingDemandOf(hire.id()).orElseThrow().toString();

        Reply duplicate = caseworker()
                .post(
                        "/api/v1/transport-demands",
                        "{\"placement\":\"" + hire.id() + "\",\"earliest\":\""
                                + BureauTime.today().plusDays(20) + "\",\"latest\":\""
                                + BureauTime.today().plusDays(25) + "\"}");
        Reply cancelled = caseworker().post("/api/v1/transport-demands/" + demand + "/cancel", "{\"reason\":\"自行前往\"}");

        assertThat(duplicate.json("errors[0].code")).isEqualTo("DUPLICATE");
        assertThat(cancelled.json("status")).isEqualTo("CANCELLED");
        assertThat(ApiClient.as(port, "worker")
                        .get("/api/v1/transport-demands/" + demand)
                        .status())
                .isEqualTo(404);
    }

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker");
    }

    private static String at(LocalDateTime time) {
        return "{\"at\":\"" + time + "\"}";
    }

    private static String tripJson(LocalDate day, String cost) {
        return "{\"mode\":\"BUS\",\"operator\":\"湘西州公路运输公司\",\"vehicleNo\":\"湘U" + day.getDayOfYear()
                + "\",\"origin\":\"" + TripFixtures.LUXI + "\",\"gatheringPoint\":\"泸溪县人社局广场\",\"destinations\":[\""
                + TripFixtures.LIXIA + "\"],\"plannedDeparture\":\"" + day + "T08:00\",\"plannedArrival\":\""
                + day.plusDays(1)
                + "T04:00\",\"seats\":\"50\",\"totalCost\":\"" + cost + "\"}";
    }
}
