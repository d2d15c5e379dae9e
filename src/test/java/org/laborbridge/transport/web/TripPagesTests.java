package org.laborbridge.transport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.transport.TripQuery;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.forms.ManifestDownload;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The transport pages as each demo user gets them: what they show, offer and refuse. */
@SpringBootTest
@AutoConfigureMockMvc
class TripPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    Trips trips;

    TripFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new TripFixtures(context);
    }

    @Test
    void transportIsNoLongerComingSoon() {
        assertThat(mvc.get().uri("/transport").with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("点对点输送", "id=\"trip-filter\"", "href=\"/transport/planner\"")
                .doesNotContain("coming-notice");
    }

    @Test
    void aRefusedCostIsShownUnderItsFieldInTheReadersLanguage() {
        assertThat(mvc.post()
                        .uri("/transport?lang=zh-TW")
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("mode", "BUS")
                        .param("origin", TripFixtures.LUXI)
                        .param("destinations", TripFixtures.LIXIA)
                        .param("plannedDeparture", "2030-03-01T08:00")
                        .param("plannedArrival", "2030-03-02T04:00")
                        .param("seats", "50")
                        .param("totalCost", "九千元"))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"totalCost-errors\"", "總費用：應為數字（元），如 9000 或 9000.50。")
                .contains("value=\"九千元\"", "value=\"433122\"");
    }

    @Test
    void aNegativeCostIsRefusedAndNothingIsPlanned() {
        long before = tripsInAll();
        assertThat(mvc.post()
                        .uri("/transport?lang=en")
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("mode", "BUS")
                        .param("origin", TripFixtures.LUXI)
                        .param("totalCost", "-9000"))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"totalCost-errors\"", "Total cost: cannot be negative.");
        assertThat(tripsInAll()).isEqualTo(before);
    }

    @Test
    void theTripPageOffersOnlyWhatTheReaderMayDo() {
        TripView bus = fixtures.bus(50);
        String page = "/transport/" + bus.id();

        assertThat(mvc.get().uri(page).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"start-boarding\"", "id=\"cancel-trip\"", "id=\"edit-trip\"", "id=\"add\"");
        assertThat(mvc.get().uri(page).with(as("xiangxi")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"start-boarding\"");
        assertThat(mvc.get().uri(page).with(as("approver")))
                .hasStatusOk()
                .bodyText()
                .contains("泸溪县人社局广场")
                .doesNotContain("id=\"start-boarding\"", "id=\"cancel-trip\"", "id=\"add\"");
        assertThat(mvc.get().uri(page).with(as("linyi"))).hasStatus(404);
        assertThat(mvc.get().uri(page + "/edit").with(as("approver"))).hasStatus(403);
    }

    @Test
    void theAddPanelListsOpenDemandFromTheOriginAndNamesTheRowARefusalIsAbout() throws Exception {
        JobPostingView posting = fixtures.posting("页面添加测试电子厂");
        TripView bus = fixtures.bus(1);
        PlacementView first = fixtures.hire("满座甲", posting, bus);
        PlacementView second = fixtures.hire("满座乙", posting, bus);

        assertThat(AddPanel.allPages(mvc, as("caseworker"), bus.id()))
                .contains("满座甲", "满座乙", "value=\"" + first.id() + "\"");
        assertThat(add(bus, List.of(first.id(), second.id())))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"refused-add\"", "满座乙: ");
        assertThat(fixtures.asCaseworker(() -> trips.find(bus.id()).travellers()))
                .isZero();
    }

    @Test
    void thePrintableManifestIsInFullOnlyForThoseWhoMay() {
        JobPostingView posting = fixtures.posting("名单打印测试电子厂");
        TripView bus = fixtures.bus(50);
        PlacementView hire = fixtures.hire("名单甲", posting, bus);
        assertThat(add(bus, List.of(hire.id()))).hasStatus(302);
        String manifest = "/transport/" + bus.id() + "/manifest";

        assertThat(mvc.get().uri(manifest).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("名单甲", "transport-manifest.css")
                .containsPattern("class=\"text-nowrap resident-id\">433122\\d{11}[\\dX]<");
        assertThat(mvc.get().uri(manifest).with(as("approver")))
                .hasStatusOk()
                .bodyText()
                .contains("名单甲")
                .containsPattern("class=\"text-nowrap resident-id\">433122\\*+");
        assertThat(mvc.get().uri(manifest + ".xlsx").with(as("caseworker")))
                .hasStatusOk()
                .hasContentType(ManifestDownload.XLSX);
    }

    @Test
    void thePlannerIsTheBureausAlone() {
        assertThat(mvc.get().uri("/transport/planner").with(as("xiangxi"))).hasStatus(403);
        assertThat(mvc.get()
                        .uri("/transport/planner?from=2030-01-10&to=2030-01-01")
                        .with(as("caseworker")))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"refused-plan\"");
    }

    private long tripsInAll() {
        return fixtures.asCaseworker(() -> trips.search(TripQuery.all(0, 1)).total());
    }

    private MvcTestResult add(TripView bus, List<PlacementId> placements) {
        return mvc.post()
                .uri("/transport/" + bus.id() + "/travellers")
                .with(as("caseworker"))
                .with(csrf())
                .param(
                        "placement",
                        placements.stream().map(PlacementId::toString).toArray(String[]::new))
                .exchange();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
