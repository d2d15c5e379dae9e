package org.laborbridge.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.identity.Callers;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WorkshopPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Workshops workshops;

    @Autowired
    WorkerRegistry registry;

    WorkshopFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshops, registry);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void everyPageIsWordedInTheUsersLanguage(String language) {
        WorkshopView workshop = fixtures.workshop();
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, true), true);
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, false), false);

        for (String path : new String[] {
            "/workshops?region=433100",
            "/workshops/" + workshop.id(),
            "/workshops/new",
            "/workshops/" + workshop.id() + "/edit",
            "/public/workshops/" + workshop.id()
        }) {
            assertThat(mvc.get()
                            .uri(path + (path.contains("?") ? "&" : "?") + "lang=" + language)
                            .with(as("admin")))
                    .as(path)
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain("??");
        }
    }

    @Test
    void theWorkshopPageShowsTheCriteriaMetAndUnmetWithTheReasonsItIsFlagged() {
        WorkshopView workshop = fixtures.workshop();
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, true), false);

        assertThat(mvc.get().uri("/workshops/{id}?lang=en", workshop.id()).with(as("xiangxi")))
                .hasStatusOk()
                .bodyText()
                .contains("Flagged for withdrawal", "id=\"flag-ACCIDENT_INSURANCE\"", "Accident insurance")
                .contains("1 registered-poor employees of 1 (100%); at least 10 people or 20% required")
                .contains("1 employees without accident insurance (required for everyone)")
                .contains("id=\"headcounts\"");
    }

    @Test
    void aRefusedEmployeeFormShowsTheReasonNextToTheField() {
        WorkshopView workshop = fixtures.workshop();

        assertThat(mvc.post()
                        .uri("/workshops/{id}/employees?lang=zh-TW", workshop.id())
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("worker", "")
                        .param("startDate", "2024-03-01")
                        .param("monthlyWage", "-5")
                        .param("contractMonths", "12"))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"worker-errors\"", "勞動力（編號或身份證號）：請填寫。")
                .contains("id=\"monthlyWage-errors\"", "月工資（元）：不能為負數。");
    }

    @Test
    void aWorkshopIsRegisteredThroughTheForm() {
        assertThat(mvc.post()
                        .uri("/workshops")
                        .with(as("xiangxi"))
                        .with(csrf())
                        .param("name", "龙山百合扶贫车间")
                        .param("county", "433130")
                        .param("address", "洗车河镇")
                        .param("operatorName", "龙山百合专业合作社")
                        .param("operatorKind", "COOPERATIVE")
                        .param("type", "FARMING")
                        .param("industry", "特色种植")
                        .param("responsiblePerson", "彭春梅")
                        .param("foundedOn", "2019-04-01"))
                .hasStatus3xxRedirection();
    }

    @Test
    void thePublicPageNamesNoEmployee() {
        WorkshopView workshop = fixtures.workshop();
        WorkerRecord worker = fixtures.worker(WorkshopFixtures.BAOJING, true);
        fixtures.employ(workshop, worker, true);
        String residentId = Callers.runAs(WorkshopFixtures.ADMIN, () -> registry.revealResidentId(worker.id()));

        assertThat(mvc.get().uri("/public/workshops/{id}", workshop.id()))
                .hasStatusOk()
                .bodyText()
                .contains(workshop.name(), "彭建国", "2018-03-01", "id=\"headcount\">1<", "id=\"poor-headcount\">1<")
                .doesNotContain(
                        worker.name(),
                        residentId,
                        residentId.substring(0, 6) + "*",
                        worker.id().toString());
    }

    @Test
    void thePlaqueQrCodeLeadsToThePublicPage() throws Exception {
        WorkshopView workshop = fixtures.workshop();

        var result =
                mvc.get().uri("/public/workshops/{id}/qr.png", workshop.id()).exchange();
        assertThat(result).hasStatusOk().hasContentType("image/png");
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();

        assertThat(decoded).isEqualTo("http://localhost/public/workshops/" + workshop.id());
    }

    @Test
    void anUnknownPublicWorkshopIsNotFound() {
        assertThat(mvc.get().uri("/public/workshops/not-a-workshop")).hasStatus(404);
        assertThat(mvc.get().uri("/public/workshops/7f000000-0000-0000-0000-000000000000/qr.png"))
                .hasStatus(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void aWithdrawnWorkshopShowsItsHistoryAndTheChartInTheUsersLanguage(String language) {
        WorkshopView workshop = fixtures.workshop();
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, false), false);
        Callers.runAs(WorkshopFixtures.ADMIN, () -> workshops.withdraw(workshop.id(), "整改期满仍未投保", null));

        for (String who : new String[] {"caseworker", "xiangxi"}) {
            assertThat(mvc.get()
                            .uri("/workshops/{id}?lang={lang}", workshop.id(), language)
                            .with(as(who)))
                    .as(who)
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain("??")
                    .contains("id=\"status-history\"", "整改期满仍未投保", "data-chart=\"headcount-chart\"")
                    .contains("echarts.min.js", "/js/charts.js");
        }
    }

    @Test
    void aPartnerSeesTheHistoryButNoDecisionFormAndTheBureauDoes() {
        WorkshopView workshop = fixtures.workshop();
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, false), false);

        assertThat(mvc.get().uri("/workshops/{id}?lang=en", workshop.id()).with(as("xiangxi")))
                .bodyText()
                .contains("id=\"decision-bureau-only\"")
                .doesNotContain("id=\"decision-form\"");
        assertThat(mvc.get().uri("/workshops/{id}?lang=en", workshop.id()).with(as("caseworker")))
                .bodyText()
                .contains("id=\"decision-form\"", "Withdraw recognition");
        assertThat(mvc.post()
                        .uri("/workshops/{id}/withdraw", workshop.id())
                        .with(as("xiangxi"))
                        .with(csrf())
                        .param("reason", "未投保"))
                .hasStatus(403);
    }

    @Test
    void withdrawingOnThePageNeedsAReasonAndAFlaggedWorkshop() {
        WorkshopView recognised = fixtures.workshop();
        WorkshopView flagged = fixtures.workshop();
        fixtures.employ(flagged, fixtures.worker(WorkshopFixtures.BAOJING, false), false);

        assertThat(mvc.post()
                        .uri("/workshops/{id}/withdraw?lang=en", recognised.id())
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("reason", "未投保"))
                .hasStatus(409)
                .bodyText()
                .contains("id=\"decision-refused\"", "Only a workshop flagged for withdrawal");
        assertThat(mvc.post()
                        .uri("/workshops/{id}/withdraw?lang=en", flagged.id())
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("reason", " "))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"reason-errors\"", "Reason: please fill in.");
        assertThat(mvc.post()
                        .uri("/workshops/{id}/withdraw", flagged.id())
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("reason", "未投保")
                        .param("effectiveOn", ""))
                .hasStatus3xxRedirection();
        assertThat(Callers.runAs(WorkshopFixtures.ADMIN, () -> workshops.get(flagged.id()))
                        .status())
                .isEqualTo(WorkshopStatus.WITHDRAWN);
    }

    @Test
    void theMonthTableShowsTheLast24MonthsNewestFirstWithALinkToEveryMonth() throws Exception {
        WorkshopView workshop = fixtures.workshop();
        String thisMonth = java.time.YearMonth.from(org.laborbridge.shared.BureauTime.today())
                .toString();
        String old = "2018-03";

        String recent = mvc.get()
                .uri("/workshops/{id}?lang=en", workshop.id())
                .with(as("caseworker"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(recent)
                .contains("id=\"all-months\"", "<td>" + thisMonth + "</td>")
                .doesNotContain("<td>" + old + "</td>");
        String all = mvc.get()
                .uri("/workshops/{id}?lang=en&months=all", workshop.id())
                .with(as("caseworker"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(all).contains("<td>" + old + "</td>").doesNotContain("id=\"all-months\"");
        assertThat(all.indexOf("<td>" + thisMonth + "</td>")).isLessThan(all.indexOf("<td>" + old + "</td>"));
    }
}
