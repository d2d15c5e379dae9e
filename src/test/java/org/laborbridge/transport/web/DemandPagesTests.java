package org.laborbridge.transport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.demand.DemandFixtures;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demand pages: finding a placement by resident ID without putting the number in an address,
 * changing a demand, the links from a placement to its transport and from names to their records,
 * and the planner saying why a demand was left out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemandPagesTests {

    /** 凤凰县, a Xiangxi county: the add panel must offer it on a bus from 泸溪 in the same batch region. */
    private static final String FENGHUANG = "433123";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    Trips trips;

    @Autowired
    TransportDemands demands;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    JdbcClient jdbc;

    TripFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TripFixtures(context);
    }

    @Test
    void findsThePlacementByResidentIdThroughAPostNeverInTheAddress() {
        JobPostingView posting = fixtures.posting("身份证查找测试电子厂");
        PlacementView hire = fixtures.demands()
                .hire("查找甲", TripFixtures.LUXI, posting, BureauTime.today().plusDays(40));
        String residentId = Callers.runAs(
                DemandFixtures.CASEWORKER,
                () -> registry.findInFull(hire.worker()).residentId());

        assertThat(mvc.get().uri("/transport/demands/new").with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("method=\"post\" action=\"/transport/demands/new/search\"");
        assertThat(mvc.post()
                        .uri("/transport/demands/new/search")
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("residentId", residentId))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"found-placements\"", "查找甲", "placement=" + hire.id());
        assertThat(mvc.get()
                        .uri("/transport/demands/new?residentId=" + residentId)
                        .with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("id=\"found-placements\"");
    }

    @Test
    void changesTheWindowOfAnOpenDemandOnItsOwnPage() {
        JobPostingView posting = fixtures.posting("需求修改测试电子厂");
        LocalDate start = BureauTime.today().plusDays(50);
        PlacementView hire = fixtures.demands().hire("修改甲", TripFixtures.LUXI, posting, start);
        DemandId demand = fixtures.demands().waitingDemandOf(hire.id()).orElseThrow();

        assertThat(mvc.get().uri("/transport/demands?placement=" + hire.id()).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/transport/demands/" + demand + "/edit\"");
        assertThat(mvc.get().uri("/transport/demands/" + demand + "/edit").with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "修改甲", "action=\"/transport/demands/" + demand + "\"", "value=\"" + start.minusDays(7) + "\"");

        assertThat(change(demand, start.minusDays(2), start.minusDays(3)))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"latest-errors\"");
        assertThat(change(demand, start.minusDays(3), start.minusDays(2)))
                .hasStatus(302)
                .redirectedUrl()
                .isEqualTo("/transport/demands?placement=" + hire.id());
        DemandView changed = Callers.runAs(DemandFixtures.CASEWORKER, () -> demands.find(demand));
        assertThat(changed.earliest()).isEqualTo(start.minusDays(3));
        assertThat(changed.gatheringPoint()).isEqualTo("凤凰古城南门");
        assertThat(changed.placement()).isEqualTo(hire.id());
        assertThat(mvc.get().uri("/transport/demands/" + demand + "/edit").with(as("approver")))
                .hasStatus(403);
    }

    @Test
    void thePlacementPageLinksToItsDemandAndTheDemandToItsTrip() {
        JobPostingView posting = fixtures.posting("录用链接测试电子厂");
        TripView bus = fixtures.bus(50);
        PlacementView hire = fixtures.hire("链接甲", posting, bus);
        PlacementView other = fixtures.hire("链接乙", posting, bus);
        fixtures.asCaseworker(() -> trips.addTraveller(bus.id(), hire.id()));

        assertThat(mvc.get().uri("/placements/" + hire.id()).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/transport/demands?placement=" + hire.id() + "\"");
        assertThat(mvc.get().uri("/transport/demands?placement=" + hire.id()).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("链接甲", "id=\"placement-filter\"")
                .containsPattern("placement-trip\"\\s+href=\"/transport/" + bus.id() + "\"")
                .contains("href=\"/workers/" + hire.worker() + "\"", "href=\"/placements/" + hire.id() + "\"")
                .doesNotContain("链接乙");
        assertThat(mvc.get().uri("/transport/demands?placement=" + other.id()).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("链接乙", "id=\"no-placement-trip\"");
    }

    @Test
    void travellersNamesLinkToTheRecordsTheReaderMayOpen() {
        JobPostingView posting = fixtures.posting("乘客链接测试电子厂");
        TripView bus = fixtures.bus(50);
        PlacementView hire = fixtures.hire("乘客链接甲", posting, bus);
        fixtures.asCaseworker(() -> trips.addTraveller(bus.id(), hire.id()));
        fixtures.asCaseworker(() -> trips.recordCheck(bus.id(), hire.worker(), "HEALTH", true, "乙肝携带，已告知"));
        fixtures.asCaseworker(() -> trips.startBoarding(bus.id()));
        fixtures.asCaseworker(() -> trips.board(bus.id(), hire.worker()));
        String page = "/transport/" + bus.id();

        assertThat(mvc.get().uri(page).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/workers/" + hire.worker() + "\"", "href=\"/placements/" + hire.id() + "\"")
                .contains("乙肝携带，已告知", "已登车（caseworker，");
        assertThat(mvc.get().uri(page).with(as(fixtures.employerUser(posting))))
                .hasStatusOk()
                .bodyText()
                .contains("乘客链接甲", "href=\"/placements/" + hire.id() + "\"", "已登车（20")
                .doesNotContain("href=\"/workers/" + hire.worker() + "\"", "乙肝携带", "null");
    }

    @Test
    void theAddPanelOffersTheBatchRegionsDemandsThatCanTravelOnTheDepartureDayPageByPage() throws Exception {
        JobPostingView posting = fixtures.posting("批次地区添加测试电子厂");
        // A day no other test's bus or hire comes near: its 21 people must not crowd their panels.
        TripView bus = fixtures.asCaseworker(
                () -> trips.plan(TripFixtures.form(BureauTime.today().plusDays(400), 50)));
        LocalDate arrival = BureauTime.dateOf(bus.plannedArrival());
        PlacementView fromFenghuang = fixtures.demands().hire("凤凰添加甲", FENGHUANG, posting, arrival.plusDays(2));
        PlacementView tooLate = fixtures.demands().hire("窗口不含甲", TripFixtures.LUXI, posting, arrival.plusDays(30));
        for (int i = 0; i < 21; i++) {
            fixtures.hire("翻页" + i, posting, bus);
        }

        String panel = AddPanel.allPages(mvc, as("caseworker"), bus.id());
        assertThat(panel)
                .contains("value=\"" + fromFenghuang.id() + "\"")
                .doesNotContain("value=\"" + tooLate.id() + "\"");
        for (int i = 0; i < 21; i++) {
            assertThat(panel).contains(">翻页" + i + "<");
        }
        assertThat(mvc.get().uri("/transport/" + bus.id()).with(as("caseworker")))
                .bodyText()
                .contains("id=\"next-page\" href=\"/transport/" + bus.id() + "?candidates=1#add\"");
    }

    @Test
    void thePlannerSaysWhyADemandWasLeftOut() {
        JobPostingView posting = fixtures.posting("规划原因测试电子厂");
        LocalDate today = BureauTime.today();
        PlacementView late = fixtures.demands().hire("过期甲", FENGHUANG, posting, today.plusDays(3));
        DemandId demand = fixtures.demands().waitingDemandOf(late.id()).orElseThrow();
        jdbc.sql("update transport_demand set earliest = :earliest, latest = :latest where id = :id")
                .param("earliest", today.minusDays(4))
                .param("latest", today.minusDays(1))
                .param("id", demand.value())
                .update();

        assertThat(mvc.get()
                        .uri("/transport/planner?lang=en&from=" + today.minusDays(5) + "&to=" + today.plusDays(2)
                                + "&region=" + FENGHUANG)
                        .with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"plan-unplanned\"", "The travel window is over; move it and plan again.")
                .contains("href=\"/transport/demands/" + demand + "/edit\"");
    }

    private MvcTestResult change(DemandId demand, LocalDate earliest, LocalDate latest) {
        return mvc.post()
                .uri("/transport/demands/" + demand)
                .with(as("caseworker"))
                .with(csrf())
                .param("placement", "ignored")
                .param("earliest", earliest.toString())
                .param("latest", latest.toString())
                .param("gatheringPoint", "凤凰古城南门")
                .exchange();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
