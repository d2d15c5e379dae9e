package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The claims API over real HTTP as the demo users: a claim from application to approval, and its
 * refusals as problem details in the caller's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationsApiTests {

    private static final String BASE = "/api/v1/subsidy-applications";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyApplications applications;

    ClaimFixtures fixtures;
    PolicyView policy;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        policy = fixtures.workerPolicy("1000000");
    }

    @Test
    void takesAClaimFromApplicationThroughReviewToApproval() {
        PlacementView hire = fixtures.hire("接口申请", 12);

        Reply applied = as("caseworker", "en").post(BASE, apply(hire, "6228480012345678"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String claim = BASE + "/" + applied.json("id");
        assertThat(applied.header("Location")).isEqualTo(claim);
        assertThat(applied.json("status")).isEqualTo("SUBMITTED");
        assertThat(applied.json("amount")).isEqualTo(1000.0);
        assertThat(applied.json("bankAccount")).isEqualTo("6228********5678");
        assertThat(applied.json("reasons[0].message").toString()).contains("Contract 12 months");
        fixtures.attachRequiredDocuments(ApplicationId.of(applied.json("id").toString()));

        Reply early = as("approver", "en").post(claim + "/approve", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json("code")).isEqualTo("NOT_ACCEPTED");

        assertThat(as("admin", "en")
                        .post(claim + "/accept", "{\"note\":\"齐全\"}")
                        .json("status"))
                .isEqualTo("ACCEPTED");
        Reply approved = as("approver", "en").post(claim + "/approve", "");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json("status")).isEqualTo("APPROVED");
        assertThat(approved.json("bankAccount")).isEqualTo("6228480012345678");
        assertThat(approved.json("stages.length()")).isEqualTo(2);
        assertThat(approved.json("noticeUntil")).isNotNull();

        Reply listed = as("caseworker", "en").get(BASE + "?worker=" + hire.worker() + "&status=APPROVED");
        assertThat(listed.json("total")).isEqualTo(1);
        assertThat(listed.json("items[0].bankAccount")).isEqualTo("6228********5678");
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 申请尚未审核通过, 不符合", "zh-TW, 申請尚未審核通過, 不符合", "en, not accepted yet, Not eligible"})
    void refusesInTheCallersLanguage(String language, String outOfOrder, String ineligible) {
        PlacementView hire = fixtures.hire("接口语言", 12);
        String id = as("caseworker", language)
                .post(BASE, apply(hire, null))
                .json("id")
                .toString();
        fixtures.attachRequiredDocuments(ApplicationId.of(id));
        String claim = BASE + "/" + id;

        Reply early = as("approver", language).post(claim + "/approve", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json("detail").toString()).contains(outOfOrder);

        Reply shortContract = as("caseworker", language).post(BASE, apply(fixtures.hire("接口短期", 3), null));
        assertThat(shortContract.status()).isEqualTo(422);
        assertThat(shortContract.contentType()).startsWith("application/problem+json");
        assertThat(shortContract.json("errors[0].code")).isEqualTo("INELIGIBLE");
        assertThat(shortContract.json("errors[0].message").toString()).contains(ineligible);
        assertThat(shortContract.json("errors[1].code")).isEqualTo("CONTRACT_AT_LEAST");
        assertThat(shortContract.body()).doesNotContain("subsidies.");

        as("admin", language).post(claim + "/accept", "");
        Reply noAccount = as("approver", language).post(claim + "/approve", "");
        assertThat(noAccount.status()).isEqualTo(422);
        assertThat(noAccount.json("errors[0].code")).isEqualTo("ACCOUNT_MISSING");
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 缺少材料：labor-contract", "zh-TW, 缺少材料：labor-contract", "en, Document missing: labor-contract"})
    void refusesToAcceptAClaimWithoutItsDocumentsNamingEachMissingOne(String language, String missing) {
        PlacementView hire = fixtures.hire("接口缺材料", 12);
        String claim = BASE + "/"
                + as("caseworker", language)
                        .post(BASE, apply(hire, "6228480012345678"))
                        .json("id");

        Reply refused = as("admin", language).post(claim + "/accept", "");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json("errors.length()")).isEqualTo(1);
        assertThat(refused.json("errors[0].field")).isEqualTo("documents");
        assertThat(refused.json("errors[0].code")).isEqualTo("MISSING");
        assertThat(refused.json("errors[0].message").toString()).contains(missing);
        assertThat(as("admin", language).get(claim).json("status")).isEqualTo("SUBMITTED");
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 请说明异议是否成立", "zh-TW, 請說明異議是否成立", "en, Say whether the objection is upheld"})
    void resolvingAnObjectionNeedsToSayWhetherItIsUpheld(String language, String required) {
        ApplicationView approved = fixtures.approved(policy, fixtures.hire("接口异议", 12));
        UUID objection = Callers.runAs(fixtures.caseworker(), () -> applications.object(approved.id(), "群众反映已离职"))
                .objections()
                .get(0)
                .id();
        String resolve = BASE + "/" + approved.id() + "/objections/" + objection + "/resolve";

        for (String body : new String[] {"", "{}", "{\"note\":\"核实\"}"}) {
            Reply refused = as("caseworker", language).post(resolve, body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json("errors[0].field")).isEqualTo("upheld");
            assertThat(refused.json("errors[0].code")).isEqualTo("REQUIRED");
            assertThat(refused.json("errors[0].message").toString()).contains(required);
        }
        Reply detail = as("caseworker", language).get(BASE + "/" + approved.id());
        assertThat(detail.json("objections[0].status")).isEqualTo("OPEN");

        Reply dismissed = as("caseworker", language).post(resolve, "{\"upheld\":false}");
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.json("objections[0].status")).isEqualTo("DISMISSED");
    }

    @Test
    void refusesRolesThatMayNotTakeTheStep() {
        PlacementView hire = fixtures.hire("接口角色", 12);
        String claim = BASE + "/"
                + as("caseworker", "en").post(BASE, apply(hire, null)).json("id");

        assertThat(as("approver", "en").post(claim + "/accept", "").status()).isEqualTo(403);
        assertThat(as("linyi", "en").get(claim).status()).isEqualTo(404);
        assertThat(as("xiangxi", "en").get(claim).status()).isEqualTo(200);
        assertThat(as("approver", "en").post(BASE, apply(hire, null)).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get(claim).status()).isEqualTo(401);
        assertThat(as("caseworker", "en").get(BASE + "/not-an-id").status()).isEqualTo(404);
    }

    private ApiClient as(String user, String language) {
        return ApiClient.as(port, user).language(language);
    }

    private String apply(PlacementView hire, String account) {
        return "{\"policyCode\":\"" + policy.code() + "\",\"basisKind\":\"PLACEMENT\",\"basisId\":\"" + hire.id()
                + "\"" + (account == null ? "" : ",\"bankName\":\"农业银行\",\"bankAccount\":\"" + account + "\"")
                + "}";
    }
}
