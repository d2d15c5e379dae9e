package org.laborbridge.subsidies.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Caller;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The eligibility page and its JSON twin, in the three languages, as bureau, partner and the worker see them. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    EligibilityFixtures fixtures;
    PlacementView placement;
    PolicyView policy;

    @BeforeAll
    void setUp() {
        fixtures = new EligibilityFixtures(context);
        JobPostingView posting = fixtures.posting("资格页面机械厂");
        placement = fixtures.hired(posting, 1);
        policy = fixtures.policy(
                "PAGE",
                EligibilityFixtures.workerTerms(
                        List.of(new Condition.RegisteredPoor(), new Condition.ContractAtLeast(24)),
                        OncePerPerson.LIFETIME,
                        List.of()));
        fixtures.policy(
                "PAGE-OK",
                EligibilityFixtures.workerTerms(
                        List.of(new Condition.RegisteredPoor()), OncePerPerson.LIFETIME, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 补贴资格, 劳动合同 12 个月，政策要求 24 个月, 申请此补贴",
        "zh-TW, 補貼資格, 勞動合同 12 個月，政策要求 24 個月, 申請此補貼",
        "en, Subsidy eligibility, Contract 12 months, Apply for this subsidy"
    })
    void thePlacementPageShowsEveryReasonInTheReadersLanguage(
            String language, String title, String reason, String apply) {
        assertThat(mvc.get()
                        .uri("/subsidies/eligibility?placement={p}&lang={l}", placement.id(), language)
                        .with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatusOk()
                .bodyText()
                .contains(title, reason, apply, "✓", "✗", policy.code())
                .contains("/subsidies/applications/new?placement="
                        + placement.id().value())
                .doesNotContain("??");
    }

    @Test
    void theWorkerSeesTheirOwnOnThePhonePageAndNobodyElses() {
        assertThat(mvc.get()
                        .uri("/subsidies/eligibility?worker={w}", placement.worker())
                        .with(as(EligibilityFixtures.workerSelf(placement.worker()))))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"viewport\"", "eligibility-basis", policy.code());
        assertThat(mvc.get()
                        .uri("/subsidies/eligibility?worker={w}", placement.worker())
                        .with(as(EligibilityFixtures.LINYI)))
                .hasStatus(404);
    }

    @Test
    void theApiWordsReasonsByAcceptLanguage() {
        assertThat(mvc.get()
                        .uri("/api/v1/subsidy-eligibility?placement={p}", placement.id())
                        .header("Accept-Language", "en")
                        .with(as(EligibilityFixtures.XIANGXI)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.bases[0].judgements[?(@.policyCode == '" + policy.code() + "')].reasons[*].message")
                .asArray()
                .contains("Contract 12 months, policy needs 24");
        assertThat(mvc.get()
                        .uri("/api/v1/subsidy-eligibility?placement={p}", placement.id())
                        .header("Accept-Language", "zh-TW")
                        .with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatusOk()
                .bodyText()
                .contains("勞動合同 12 個月", "\"eligible\":true");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN, 格式不正确", "zh-TW, 格式不正確", "en, format"})
    void theApiRefusesABadIdAsProblemDetails(String language, String message) {
        assertThat(mvc.get()
                        .uri("/api/v1/subsidy-eligibility?placement=not-an-id")
                        .header("Accept-Language", language)
                        .with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatus(422)
                .hasContentType("application/problem+json")
                .bodyText()
                .contains("\"field\":\"placement\"", "\"code\":\"FORMAT\"")
                .containsIgnoringCase(message);
    }

    @Test
    void theApiAnswersNotFoundOutOfScopeAndNeedsAQuestion() {
        assertThat(mvc.get()
                        .uri("/api/v1/subsidy-eligibility?placement={p}", placement.id())
                        .with(as(EligibilityFixtures.LINYI)))
                .hasStatus(404)
                .hasContentType("application/problem+json");
        assertThat(mvc.get().uri("/api/v1/subsidy-eligibility").with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatus(422);
    }

    @Test
    void thePlacementAndWorkerPagesLinkHere() {
        assertThat(mvc.get().uri("/placements/{id}", placement.id()).with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatusOk()
                .bodyText()
                .contains("/subsidies/eligibility?placement=" + placement.id().value(), "social-insurance-card");
        assertThat(mvc.get().uri("/workers/{id}", placement.worker()).with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatusOk()
                .bodyText()
                .contains("/subsidies/eligibility?worker=" + placement.worker().value());
    }

    static RequestPostProcessor as(Caller caller) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                caller, null, List.of(new SimpleGrantedAuthority(caller.role().authority()))));
    }
}
