package org.laborbridge.transport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.TripQuery;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transport pages in real Chromium: a caseworker runs a bus from planning to hand-over, prints
 * its manifest, plans with the planner, and a worker finds their trip on the phone. Screenshots
 * go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransportBrowserTests {

    /** 龙山县: only the planner test plans demand from here, so its proposal is its own. */
    private static final String LONGSHAN = "433130";

    /** 花垣县, for the demand whose window has passed. */
    /** No other test hires from 蕲春县, so the planner's page for it shows this test's demand alone. */
    private static final String QICHUN = "421126";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Trips trips;

    @Autowired
    JdbcClient jdbc;

    TripFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TripFixtures(context);
    }

    @Test
    void aCaseworkerCarriesABusFromPlanningToHandOver() {
        JobPostingView posting = fixtures.posting("济南浏览器输送电子有限公司");
        // A day of its own, far from the fixtures' buses: the add panel's first page is this test's.
        LocalDate day = BureauTime.today().plusDays(230);
        PlacementView first = fixtures.demands().hire("田春花", TripFixtures.LUXI, posting, day.plusDays(3));
        PlacementView second = fixtures.demands().hire("石永军", TripFixtures.LUXI, posting, day.plusDays(3));

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "caseworker", ApiClient.DEMO_PASSWORD);
            browser.get("/transport/new");
            new Select(browser.find(By.id("mode"))).selectByValue("BUS");
            browser.type(By.id("vehicleNo"), "湘U60601");
            browser.type(By.id("operator"), "湘西州公路运输公司");
            browser.type(By.id("origin"), TripFixtures.LUXI);
            browser.type(By.id("destinations"), TripFixtures.LIXIA);
            browser.type(By.id("gatheringPoint"), "泸溪县人社局广场");
            setValue(browser, "plannedDeparture", day + "T08:00");
            setValue(browser, "plannedArrival", day.plusDays(1) + "T04:00");
            browser.type(By.id("seats"), "50");
            browser.type(By.id("totalCost"), "-9000");
            browser.clickAndLoad(By.id("save-trip"));
            assertThat(browser.text(By.id("totalCost-errors"))).isEqualTo("总费用：不能为负数。");
            browser.screenshot("transport-form-refused");
            browser.type(By.id("totalCost"), "9000");
            browser.clickAndLoad(By.id("save-trip"));

            assertThat(browser.text(By.id("flash"))).isEqualTo("行程已创建。");
            assertThat(browser.text(By.id("trip-title"))).contains(" 第", "批", "湘U60601");
            for (PlacementView hire : List.of(first, second)) {
                DemandId demand = fixtures.demands().waitingDemandOf(hire.id()).orElseThrow();
                browser.scrollTo(By.id("demand-" + demand)).click(By.id("demand-" + demand));
            }
            browser.screenshot("transport-detail-add-travellers");
            browser.clickAndLoad(By.id("add-travellers"));
            assertThat(browser.text(By.id("flash"))).isEqualTo("已添加 2 名乘客。");
            assertThat(browser.text(By.id("free-seats"))).isEqualTo("余 48 座");

            browser.clickAndLoad(By.id("start-boarding"));
            for (PlacementView hire : List.of(first, second)) {
                String line = "#line-" + hire.worker();
                browser.scrollTo(By.cssSelector(line + " .check-pass"))
                        .clickAndLoad(By.cssSelector(line + " .check-pass"));
                assertThat(browser.text(By.cssSelector(line + " .line-checks"))).contains("通过");
                browser.scrollTo(By.cssSelector(line + " .board")).clickAndLoad(By.cssSelector(line + " .board"));
                assertThat(browser.text(By.cssSelector(line + " .traveller-status")))
                        .isEqualTo(travellerStatus("BOARDED"));
            }
            browser.screenshot("transport-detail-boarded");

            LocalDateTime now = LocalDateTime.now(BureauTime.ZONE).withSecond(0).withNano(0);
            setValue(browser, "departed-at-input", now.minusMinutes(30).toString());
            browser.clickAndLoad(By.id("depart"));
            assertThat(browser.text(By.id("flash"))).isEqualTo("已登记发车。");
            setValue(browser, "arrived-at-input", now.minusMinutes(1).toString());
            browser.clickAndLoad(By.id("arrive"));
            assertThat(browser.text(By.id("flash"))).startsWith("已登记到达");
            assertThat(browser.text(By.cssSelector("#line-" + first.worker() + " .line-share")))
                    .contains("¥4,500", "包车费用全额补贴");

            for (PlacementView hire : List.of(first, second)) {
                String line = "#line-" + hire.worker();
                browser.scrollTo(By.cssSelector(line + " .received-by"))
                        .type(By.cssSelector(line + " .received-by"), "王经理");
                browser.clickAndLoad(By.cssSelector(line + " .hand-over"));
                assertThat(browser.text(By.cssSelector(line + " .line-handover")))
                        .contains("王经理");
            }
            browser.clickAndLoad(By.id("close-trip"));
            assertThat(browser.text(By.id("flash"))).isEqualTo("行程已结束，全部乘客已交接。");
            assertThat(browser.text(By.id("trip-steps"))).contains("caseworker");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.DESKTOP.getWidth());
            browser.screenshot("transport-detail-handed-over");

            browser.clickAndLoad(By.id("print-manifest"));
            assertThat(browser.text(By.id("manifest-table"))).contains("田春花", "石永军", "✓");
            assertThat(browser.text(By.id("manifest-masking"))).contains("审计日志");
            browser.screenshot("transport-manifest-print");
        }
    }

    @Test
    void thePlannerProposesVehiclesAndConfirmsThemIntoTrips() {
        JobPostingView posting = fixtures.posting("济南规划测试精密电子有限公司");
        LocalDate start = BureauTime.today().plusDays(80);
        for (int i = 0; i < 55; i++) {
            fixtures.demands().hire("龙山" + i, LONGSHAN, posting, start);
        }
        // More planned trips leave after these than the trip list shows on a page, as in any
        // database other tests (or a season's work) have filled: the new trips must still show.
        for (int i = 0; i < TripQuery.DEFAULT_SIZE + 1; i++) {
            LocalDate later = start.plusDays(100 + i);
            fixtures.asCaseworker(() -> trips.plan(TripFixtures.form(later, 50)));
        }

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "caseworker", ApiClient.DEMO_PASSWORD);
            browser.get("/transport/planner?lang=en&from=" + start.minusDays(7) + "&to=" + start.minusDays(1)
                    + "&region=" + LONGSHAN);
            assertThat(browser.text(By.id("plan-vehicles"))).contains("龙山县", "历下区");
            assertThat(browser.text(By.id("plan-total"))).contains("55 travellers");
            // One carriage for all 55: the cell names ten, counts the rest and opens on request.
            assertThat(browser.text(By.cssSelector("#plan-vehicles .traveller-count")))
                    .isEqualTo("55");
            assertThat(browser.text(By.cssSelector("#plan-vehicles .traveller-names"))
                            .split("、"))
                    .hasSize(10);
            By more = By.cssSelector("#plan-vehicles .more-travellers summary");
            By rest = By.cssSelector("#plan-vehicles .more-travellers > span");
            assertThat(browser.text(more)).isEqualTo("and 45 more");
            assertThat(browser.find(rest).isDisplayed()).isFalse();
            browser.click(more);
            assertThat(browser.text(rest).split("、")).hasSize(45);
            assertThat(browser.text(By.id("plan-departures"))).contains("Train carriage", "1 chosen");
            browser.screenshot("transport-planner-proposal-en");

            browser.clickAndLoad(By.id("confirm-plan"));
            assertThat(browser.currentPath()).startsWith("/transport");
            assertThat(browser.text(By.id("flash"))).contains("1 trip created from the plan");
            assertThat(browser.driver().findElements(By.cssSelector("#trips-table tr.table-success")))
                    .hasSize(1);
            browser.screenshot("transport-planner-confirmed-en");
        }
    }

    /** A placement leads to its demand and trip; the demand's window is changed on its own page. */
    @Test
    void aCaseworkerFollowsAPlacementToItsTransportAndChangesTheDemand() {
        JobPostingView posting = fixtures.posting("济南录用输送链接电子有限公司");
        TripView bus = fixtures.bus(50);
        PlacementView onBus = fixtures.hire("向秋菊", posting, bus);
        fixtures.asCaseworker(() -> trips.addTraveller(bus.id(), onBus.id()));
        LocalDate start = BureauTime.today().plusDays(70);
        PlacementView waiting = fixtures.demands().hire("彭冬梅", TripFixtures.LUXI, posting, start);

        for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
            String device = size == Browser.PHONE ? "phone" : "desktop";
            try (Browser browser = Browser.open(port, size)) {
                signIn(browser, "caseworker", ApiClient.DEMO_PASSWORD);
                browser.get("/placements/" + onBus.id());
                browser.scrollTo(By.id("placement-transport"));
                browser.screenshot("placement-transport-link-" + device);
                browser.clickAndLoad(By.id("placement-transport"));
                assertThat(browser.text(By.id("placement-filter"))).contains("第" + bus.batchNo() + "批");
                assertThat(browser.text(By.id("demands-list"))).contains("向秋菊").doesNotContain("彭冬梅");
                assertThat(browser.pageWidth()).isLessThanOrEqualTo(size.getWidth());
                browser.screenshot("transport-demands-of-placement-" + device);
                browser.clickAndLoad(By.cssSelector("#placement-filter .placement-trip"));
                assertThat(browser.currentPath()).isEqualTo("/transport/" + bus.id());
                assertThat(browser.find(By.cssSelector("#line-" + onBus.worker() + " a.traveller-name"))
                                .getAttribute("href"))
                        .endsWith("/workers/" + onBus.worker());
                browser.scrollTo(By.id("manifest"));
                browser.screenshot("transport-detail-links-" + device);

                browser.get("/transport/demands?placement=" + waiting.id());
                browser.clickAndLoad(By.cssSelector(".change-demand"));
                assertThat(browser.text(By.id("demand-of"))).contains("彭冬梅");
                setValue(
                        browser,
                        "earliest",
                        start.minusDays(4 + (size == Browser.PHONE ? 1 : 0)).toString());
                browser.type(By.id("gatheringPoint"), "泸溪县白沙镇");
                assertThat(browser.pageWidth()).isLessThanOrEqualTo(size.getWidth());
                browser.screenshot("transport-demand-change-" + device);
                browser.clickAndLoad(By.id("save-demand"));
                assertThat(browser.text(By.id("flash"))).isEqualTo("输送需求已修改。");
                assertThat(browser.text(By.id("demands-list"))).contains("泸溪县白沙镇");
                browser.screenshot("transport-demand-changed-" + device);
            }
        }
    }

    @Test
    void thePlannerSaysWhyADemandWasLeftOut() {
        JobPostingView posting = fixtures.posting("济南规划原因电子有限公司");
        LocalDate today = BureauTime.today();
        PlacementView late = fixtures.demands().hire("过期乙", QICHUN, posting, today.plusDays(3));
        DemandId demand = fixtures.demands().waitingDemandOf(late.id()).orElseThrow();
        jdbc.sql("update transport_demand set earliest = :earliest, latest = :latest where id = :id")
                .param("earliest", today.minusDays(4))
                .param("latest", today.minusDays(1))
                .param("id", demand.value())
                .update();

        for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
            String device = size == Browser.PHONE ? "phone" : "desktop";
            try (Browser browser = Browser.open(port, size)) {
                signIn(browser, "caseworker", ApiClient.DEMO_PASSWORD);
                browser.get("/transport/planner?lang=en&from=" + today.minusDays(5) + "&to=" + today.plusDays(2)
                        + "&region=" + QICHUN);
                browser.scrollTo(By.id("plan-unplanned"));
                assertThat(browser.text(By.id("plan-unplanned")))
                        .contains("过期乙", "The travel window is over; move it and plan again.");
                assertThat(browser.text(By.id("plan-total"))).startsWith("No vehicles, no travellers");
                assertThat(browser.text(By.id("plan-empty"))).contains("see below why");
                assertThat(browser.pageWidth()).isLessThanOrEqualTo(size.getWidth());
                browser.screenshot("transport-planner-unplanned-" + device);
            }
        }
    }

    @Test
    void aWorkerFindsTheirTripOnThePhone() {
        JobPostingView posting = fixtures.posting("济南手机行程电子有限公司");
        TripView bus = fixtures.bus(50);
        PlacementView hire = fixtures.hire("彭小梅", posting, bus);
        fixtures.asCaseworker(() -> trips.addTraveller(bus.id(), hire.id()));
        String me = fixtures.workerUser(hire.worker());

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, me, TestUsers.PASSWORD);
            browser.get("/me");
            assertThat(browser.text(By.id("my-trip-gathering"))).isEqualTo("泸溪县人社局广场");
            assertThat(browser.text(By.id("my-trip-vehicle"))).isEqualTo(bus.vehicleNo());
            assertThat(browser.text(By.id("my-trip-time"))).isEqualTo(BureauTime.format(bus.plannedDeparture()));
            assertThat(browser.text(By.id("my-trip-arrival"))).isEqualTo(BureauTime.format(bus.plannedArrival()));
            assertThat(browser.text(By.id("my-trip-employer"))).isEqualTo("济南手机行程电子有限公司");
            assertThat(browser.text(By.id("my-trip-work-address"))).isEqualTo(posting.workAddress());
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.scrollTo(By.id("my-trip"));
            browser.screenshot("transport-me-phone");
        }
    }

    @Test
    void theTripPagesSpeakEachLanguage() {
        JobPostingView posting = fixtures.posting("济南多语言输送电子有限公司");
        TripView bus = fixtures.bus(50);
        fixtures.asCaseworker(() ->
                trips.addTraveller(bus.id(), fixtures.hire("龙秀英", posting, bus).id()));

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, "xiangxi", ApiClient.DEMO_PASSWORD);
            for (String[] language : new String[][] {
                {"zh-CN", "乘车名单", "余 49 座"}, {"zh-TW", "乘車名單", "餘 49 座"}, {"en", "Manifest", "49 free"}
            }) {
                browser.get("/transport/" + bus.id() + "?lang=" + language[0]);
                assertThat(browser.text(By.id("manifest"))).contains(language[1], "龙秀英");
                assertThat(browser.text(By.id("free-seats"))).isEqualTo(language[2]);
                assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
                browser.screenshot("transport-detail-phone-" + language[0]);
            }
            browser.get("/transport?lang=en");
            assertThat(browser.text(By.id("trips-cards"))).contains("batch");
            browser.screenshot("transport-list-phone-en");
        }
    }

    private String travellerStatus(String status) {
        return context.getMessage("transport.traveller." + status, null, Locale.SIMPLIFIED_CHINESE);
    }

    /** datetime-local inputs take keys in the browser's locale format; the value is set as the form sends it. */
    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
