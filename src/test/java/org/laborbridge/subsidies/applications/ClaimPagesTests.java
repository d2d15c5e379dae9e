package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The claim pages as the demo users get them, in each language, with every text worded. */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    ClaimFixtures fixtures;
    PolicyView policy;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        policy = fixtures.workerPolicy("1000000");
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 补贴申请, 待审核", "zh-TW, 補貼申請, 待審核", "en, Subsidy claims, To review"})
    void listsClaimsWithTheirQueuesAndCounts(String language, String title, String queue) {
        ApplicationView claim = fixtures.apply(policy, fixtures.hire("列表", 12));

        assertThat(mvc.get().uri("/subsidies?queue=review&lang=" + language).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains(title, queue, "id=\"claim-counts\"", "id=\"subsidies-tabs\"", claim.number())
                .doesNotContain("??");
        assertThat(mvc.get().uri("/subsidies?queue=approve&lang=" + language).with(as("approver")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"queue-approve\"")
                .doesNotContain("??", "id=\"queue-review\"");
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 审核通过, 符合", "zh-TW, 審核通過, 符合", "en, Accept, Why it was eligible"})
    void showsAClaimWithItsReasonsDocumentsStepsAndTheReadersActions(String language, String accept, String reasons) {
        ApplicationView claim = fixtures.apply(policy, fixtures.hire("详情", 12));
        String page = "/subsidies/applications/" + claim.id() + "?lang=" + language;

        assertThat(mvc.get().uri(page).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains(claim.number(), accept, reasons, "id=\"claim-reasons\"", "labor-contract")
                .contains("id=\"review-panel\"", "id=\"claim-steps\"", "id=\"upload-form\"", "6228********5678")
                .doesNotContain("??", "id=\"approve-panel\"");
        assertThat(mvc.get().uri(page).with(as("approver")))
                .hasStatusOk()
                .bodyText()
                .contains("6228480012345678")
                .doesNotContain("??", "id=\"review-panel\"", "id=\"approve-panel\"");
    }

    @Test
    void approvingTooEarlyShowsWhyOnTheClaimPageAndChangesNothing() {
        ApplicationView claim = fixtures.apply(policy, fixtures.hire("太早", 12));

        assertThat(mvc.post()
                        .uri("/subsidies/applications/" + claim.id() + "/approve?lang=en")
                        .with(as("approver"))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("id=\"refused-approve\"", "not accepted yet");
        assertThat(mvc.post()
                        .uri("/subsidies/applications/" + claim.id() + "/reject?lang=zh-TW")
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("reason", " "))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"refused-reject\"", "請填寫理由");
        assertThat(mvc.post()
                        .uri("/subsidies/applications/" + claim.id() + "/accept")
                        .with(as("caseworker"))
                        .with(csrf()))
                .hasStatus(302)
                .redirectedUrl()
                .isEqualTo("/subsidies/applications/" + claim.id());
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 申请补贴, 符合", "zh-TW, 申請補貼, 符合", "en, Claim a subsidy, Eligible"})
    void theApplyFormListsThePoliciesWithTheirReasonsAndClaims(String language, String title, String eligible) {
        PlacementView hire = fixtures.hire("表单", 12);

        assertThat(mvc.get()
                        .uri("/subsidies/applications/new?placement=" + hire.id() + "&lang=" + language)
                        .with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains(title, eligible, "id=\"policy-" + policy.code() + "\"", "id=\"submit-claim\"")
                .doesNotContain("??");
        assertThat(mvc.post()
                        .uri("/subsidies/applications?lang=" + language)
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("policyCode", policy.code())
                        .param("basisKind", "PLACEMENT")
                        .param("basisId", hire.id().toString())
                        .param("bankAccount", "12ab"))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"bankAccount-errors\"")
                .doesNotContain("??");
        assertThat(mvc.post()
                        .uri("/subsidies/applications")
                        .with(as("caseworker"))
                        .with(csrf())
                        .param("policyCode", policy.code())
                        .param("basisKind", "PLACEMENT")
                        .param("basisId", hire.id().toString())
                        .param("bankAccount", "6228480012345678"))
                .hasStatus(302)
                .redirectedUrl()
                .startsWith("/subsidies/applications/");
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 我的补贴, 公示至", "zh-TW, 我的補貼, 公示至", "en, My subsidies, in public notice until"})
    void theWorkerSeesWhereTheirClaimStandsOnTheirPhone(String language, String title, String inNotice) {
        PlacementView hire = fixtures.hire("手机", 12);
        ApplicationView approved = fixtures.approved(policy, hire);
        String me = new TestUsers(context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class))
                .create(Role.WORKER);
        accounts.linkWorker(me, hire.worker().value());

        assertThat(mvc.get().uri("/me?lang=" + language).with(user(users.loadUserByUsername(me))))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "id=\"my-subsidies\"",
                        title,
                        inNotice,
                        approved.number(),
                        approved.noticeUntil().toString())
                .doesNotContain("??");
    }

    @Test
    void theWorkerAndPlacementPagesLeadToTheClaims() {
        PlacementView hire = fixtures.hire("链接", 12);

        assertThat(mvc.get().uri("/workers/" + hire.worker()).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"worker-claims\"", "/subsidies?worker=" + hire.worker());
        assertThat(mvc.get().uri("/placements/" + hire.id()).with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"placement-claims\"", "/subsidies/applications/new?placement=" + hire.id());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
