package org.laborbridge.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.identity.Callers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The monthly report pages in each language with no missing text, the preview-then-submit form,
 * lock and return on the report's page with their refusals, the downloads, and who reaches them.
 * Reports here are for Longnan counties registered by the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonthlyReportPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MonthlyReports reports;

    @Autowired
    PartnerRegions partnerRegions;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void everyPageIsWordedInTheUsersLanguage(String language) {
        String county = switch (language) {
            case "zh-CN" -> "621223";
            case "zh-TW" -> "621227";
            default -> "621228";
        };
        String region = MonthlyReportFixtures.partnerRegion(partnerRegions, county);
        MonthlyReportView report = Callers.runAs(
                MonthlyReportFixtures.CASEWORKER,
                () -> reports.submit(region, "2014-01").report());
        if (!"zh-CN".equals(language)) {
            Callers.runAs(MonthlyReportFixtures.APPROVER, () -> reports.lock(report.id()));
        }

        for (String path : new String[] {
            "/reporting/monthly",
            "/reporting/monthly?region=" + region + "&status=SUBMITTED",
            "/reporting/monthly/preview?region=" + region + "&month=2013-12",
            "/reporting/monthly/" + report.id()
        }) {
            for (String user : new String[] {"admin", "approver", "xiangxi"}) {
                if (user.equals("xiangxi") && !path.equals("/reporting/monthly")) {
                    continue;
                }
                assertThat(mvc.get()
                                .uri(path + (path.contains("?") ? "&" : "?") + "lang=" + language)
                                .with(as(user)))
                        .as(user + " " + path)
                        .hasStatusOk()
                        .bodyText()
                        .doesNotContain("??");
            }
        }
    }

    @Test
    void previewsAMonthThenSubmitsIt() {
        String region = MonthlyReportFixtures.partnerRegion(partnerRegions, "621224");

        assertThat(mvc.get()
                        .uri("/reporting/monthly/preview?lang=en&region=" + region + "&month=2014-01")
                        .with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("Of which late from earlier periods")
                .contains("Placements")
                .contains("Submit this report");

        MvcTestResult submitted = mvc.post()
                .uri("/reporting/monthly")
                .param("region", region)
                .param("month", "2014-01")
                .with(as("caseworker"))
                .with(csrf())
                .exchange();
        assertThat(submitted).hasStatus3xxRedirection();
        String location = submitted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/reporting/monthly/");

        assertThat(mvc.post()
                        .uri("/reporting/monthly?lang=en")
                        .param("region", region)
                        .param("month", "2014-01")
                        .with(as("caseworker"))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("already been submitted");

        assertThat(mvc.post()
                        .uri(location + "/lock?lang=en")
                        .with(as("approver"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri(location + "?lang=en").with(as("approver")))
                .hasStatusOk()
                .bodyText()
                .contains("Locked: these figures never change");
    }

    @Test
    void showsRefusalsOnThePage() {
        String region = MonthlyReportFixtures.partnerRegion(partnerRegions, "621225");
        assertThat(mvc.get()
                        .uri("/reporting/monthly/preview?lang=zh-TW&region=999999&month=2014-13")
                        .with(as("caseworker")))
                .hasStatus(422)
                .bodyText()
                .contains("999999 不是協作地區")
                .contains("“2014-13”不是有效的月份");

        MonthlyReportView report = Callers.runAs(
                MonthlyReportFixtures.CASEWORKER,
                () -> reports.submit(region, "2014-01").report());
        assertThat(mvc.post()
                        .uri("/reporting/monthly/" + report.id() + "/return?lang=en")
                        .with(as("approver"))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("Say why the report goes back");
        assertThat(mvc.post()
                        .uri("/reporting/monthly/" + report.id() + "/return?lang=en")
                        .param("reason", "Check the hires")
                        .with(as("approver"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/reporting/monthly/" + report.id() + "/lock?lang=en")
                        .with(as("approver"))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("was returned");
        assertThat(mvc.get()
                        .uri("/reporting/monthly/" + report.id() + "?lang=en")
                        .with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("Returned by approver: Check the hires")
                .contains("Submit again");
        assertThat(mvc.post()
                        .uri("/reporting/monthly/" + report.id() + "/resubmit")
                        .with(as("caseworker"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
    }

    @Test
    void downloadsAReportInTheReadersLanguage() {
        String region = MonthlyReportFixtures.partnerRegion(partnerRegions, "621226");
        MonthlyReportView report = Callers.runAs(
                MonthlyReportFixtures.CASEWORKER,
                () -> reports.submit(region, "2014-01").report());

        MvcTestResult csv = mvc.get()
                .uri("/reporting/monthly/" + report.id() + "/export?format=csv&lang=en")
                .with(as("approver"))
                .exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFF")
                .contains("Of which late from earlier periods")
                .contains("Subsidies paid,yuan");

        MvcTestResult simplified = mvc.get()
                .uri("/reporting/monthly/" + report.id() + "/export?format=csv&lang=zh-CN")
                .with(as("approver"))
                .exchange();
        assertThat(new String(simplified.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("其中以前期间迟到数")
                .contains("礼县");

        MvcTestResult xlsx = mvc.get()
                .uri("/reporting/monthly/" + report.id() + "/export?format=xlsx")
                .with(as("admin"))
                .exchange();
        assertThat(xlsx).hasStatusOk();
        assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith(new byte[] {'P', 'K'});
    }

    @Test
    void keepsEnterprisesAndWorkersOut() {
        assertThat(mvc.get().uri("/reporting/monthly").with(as("employer"))).hasStatus(403);
        assertThat(mvc.get().uri("/reporting/monthly").with(as("worker"))).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/reporting/monthly")
                        .param("region", "433100")
                        .param("month", "2014-01")
                        .with(as("xiangxi"))
                        .with(csrf()))
                .hasStatus(403);
    }
}
