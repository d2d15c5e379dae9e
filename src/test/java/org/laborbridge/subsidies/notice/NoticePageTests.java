package org.laborbridge.subsidies.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.payments.ClaimFixtures;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The public notice board, signed out and signed in, in the three languages. */
@SpringBootTest
@AutoConfigureMockMvc
class NoticePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyClock clock;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 补贴公示, 对公示内容有异议的，请在公示期内拨打 12333 反映。",
        "zh-TW, 補貼公示, 對公示內容有異議的，請在公示期內撥打 12333 反映。",
        "en,    Public notice of subsidies, To object to an entry, call 12333 before its notice period ends.",
    })
    void anyoneReadsTheNoticeMaskedInTheirLanguage(String language, String title, String hotline) throws Exception {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy("BOARD", 1);
        Claim claim =
                fixtures.claim(policy).noticeUntil(clock.today().plusDays(2)).write();

        MvcTestResult signedOut =
                mvc.get().uri("/public/subsidy-notice?lang=" + language).exchange();
        MvcTestResult signedIn = mvc.get()
                .uri("/public/subsidy-notice?lang=" + language)
                .with(user(users.loadUserByUsername("worker")))
                .exchange();

        for (MvcTestResult result : new MvcTestResult[] {signedOut, signedIn}) {
            assertThat(result).hasStatusOk();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body)
                    .contains(title, hotline, "id=\"notice-" + claim.number() + "\"", "向**", "泸溪县", "1,000")
                    .contains("id=\"lang-en\"", "id=\"lang-zh-TW\"")
                    .doesNotContain(claim.workerName(), "??");
        }
        assertThat(signedOut.getResponse().getCookie("lang")).isNotNull();
        assertThat(signedOut.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("id=\"logout\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 公示只显示今天正在公示的内容",
        "zh-TW, 公示只顯示今天正在公示的內容",
        "en,    The public notice shows the entries running today only",
    })
    void onlyStaffLookAtAnEarlierDay(String language, String todayOnly) throws Exception {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy("PAST", 1);
        Claim closed = fixtures.claim(policy)
                .createdOn(clock.today().minusDays(10))
                .noticeUntil(clock.today().minusDays(3))
                .write();
        String earlier = "/public/subsidy-notice?day=" + clock.today().minusDays(5) + "&lang=" + language;

        String signedOut = mvc.get().uri(earlier).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String worker = mvc.get()
                .uri(earlier)
                .with(user(users.loadUserByUsername("worker")))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String caseworker = mvc.get()
                .uri(earlier)
                .with(user(users.loadUserByUsername("caseworker")))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        for (String body : List.of(signedOut, worker)) {
            assertThat(body)
                    .contains(
                            "id=\"notice-today-only\"", todayOnly, clock.today().toString())
                    .doesNotContain("id=\"notice-" + closed.number() + "\"", "id=\"notice-filter\"", "??");
        }
        assertThat(caseworker)
                .contains("id=\"notice-" + closed.number() + "\"", "id=\"notice-filter\"")
                .doesNotContain("id=\"notice-today-only\"", "??");
    }

    @Test
    void theJsonNoticeGivesAnEarlierDayToStaffOnly() {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy("PASTJSON", 1);
        Claim closed = fixtures.claim(policy)
                .createdOn(clock.today().minusDays(10))
                .noticeUntil(clock.today().minusDays(3))
                .write();
        String earlier = "/api/v1/subsidy-notice?day=" + clock.today().minusDays(5);

        assertThat(mvc.get().uri(earlier).with(user(users.loadUserByUsername("worker"))))
                .hasStatusOk()
                .bodyText()
                .doesNotContain(closed.number());
        assertThat(mvc.get().uri(earlier).with(user(users.loadUserByUsername("xiangxi"))))
                .hasStatusOk()
                .bodyText()
                .contains(closed.number());
    }
}
