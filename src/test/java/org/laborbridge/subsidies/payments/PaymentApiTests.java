package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Payment batches, budgets, reports and the notice over real HTTP, as the demo users, in three languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentApiTests {

    private static final String BASE = "/api/v1/payment-batches";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyClock clock;

    ClaimFixtures fixtures;
    PolicyView policy;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        policy = fixtures.policy("API", 1);
    }

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private static String stages(Claim... claims) {
        StringBuilder json = new StringBuilder("{\"stages\": [");
        for (int i = 0; i < claims.length; i++) {
            json.append(i > 0 ? "," : "")
                    .append("{\"application\": \"")
                    .append(claims[i].id())
                    .append("\", \"stageNo\": 1}");
        }
        return json.append("]}").toString();
    }

    @Test
    void makesABatchWhoseAccountsOnlyApproversSeeInFull() {
        Claim claim = fixtures.claim(policy).write();

        Reply made = as("approver").post(BASE, stages(claim));

        assertThat(made.status()).isEqualTo(201);
        String id = (String) made.json("id");
        assertThat(made.header("Location")).isEqualTo(BASE + "/" + id);
        assertThat(made.json("lines[0].bankAccount")).isEqualTo("6222021234567890123");
        assertThat(made.json("lines[0].amount")).isEqualTo(1000.0);
        assertThat(as("caseworker").get(BASE + "/" + id).json("lines[0].bankAccount"))
                .isEqualTo("6222***********0123");
        assertThat((List<Object>) as("caseworker").get(BASE).json("[*].id")).contains(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 公示期尚未结束",
        "zh-TW, 公示期尚未結束",
        "en,    its public notice has not ended",
    })
    void aStageInItsNoticeIsRefusedInTheCallersLanguage(String language, String wording) {
        Claim claim =
                fixtures.claim(policy).noticeUntil(clock.today().plusDays(2)).write();

        Reply refused = as("approver").language(language).post(BASE, stages(claim));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json("errors[0].field")).isEqualTo("stages");
        assertThat(refused.json("errors[0].code")).isEqualTo("NOTICE_RUNNING");
        assertThat(refused.json("errors[0].message").toString()).contains(claim.number(), wording);
        assertThat(fixtures.lines(claim)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 已经结清",
        "zh-TW, 已經結清",
        "en,    is already settled",
    })
    void payingASettledBatchAgainIsAConflict(String language, String wording) {
        Claim claim = fixtures.claim(policy).write();
        String id = (String) as("approver").post(BASE, stages(claim)).json("id");
        assertThat(as("approver").post(BASE + "/" + id + "/lines/1/paid", "").status())
                .isEqualTo(200);

        Reply again = as("approver").language(language).post(BASE + "/" + id + "/lines/1/paid", "");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json("code")).isEqualTo("BATCH_SETTLED");
        assertThat(again.json("detail").toString()).contains(wording);
        assertThat(fixtures.steps(claim)).containsExactly("IN_BATCH", "PAID");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 没有第 9 笔",
        "zh-TW, 沒有第 9 筆",
        "en,    has no line 9",
    })
    void aBankFileNamingUnknownLinesIsRefusedRowByRow(String language, String wording) {
        Claim claim = fixtures.claim(policy).write();
        String id = (String) as("approver").post(BASE, stages(claim)).json("id");
        String number = (String) as("approver").get(BASE + "/" + id).json("number");
        byte[] file = ("batch,lineNo,status,reason\n" + number + ",1,PAID,\n" + number + ",9,PAID,\n")
                .getBytes(StandardCharsets.UTF_8);

        Reply refused = as("approver").language(language).postFile(BASE + "/" + id + "/bank-result", "bank.csv", file);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors[0].row")).isEqualTo(3);
        assertThat(refused.json("errors[0].field")).isEqualTo("lineNo");
        assertThat(refused.json("errors[0].code")).isEqualTo("UNKNOWN");
        assertThat(refused.json("errors[0].message").toString()).contains(wording);
        assertThat(as("approver").get(BASE + "/" + id).json("lines[0].status")).isEqualTo("PENDING");
        assertThat(as("approver")
                        .postFile(
                                BASE + "/" + id + "/bank-result",
                                "bank.csv",
                                ("batch,lineNo,status,reason\n" + number + ",1,FAILED,销户\n")
                                        .getBytes(StandardCharsets.UTF_8))
                        .json("lines[0].status"))
                .isEqualTo("FAILED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 收款账号",
        "zh-TW, 收款帳號",
        "en,    Account",
    })
    void exportsTheBankFileWithHeadersInTheCallersLanguage(String language, String accountHeader) {
        Claim claim = fixtures.claim(policy).write();
        String id = (String) as("approver").post(BASE, stages(claim)).json("id");

        String csv = new String(
                as("approver").language(language).download(BASE + "/" + id + "/export?format=csv"),
                StandardCharsets.UTF_8);
        byte[] xlsx = as("caseworker").language(language).download(BASE + "/" + id + "/export?format=xlsx");

        assertThat(csv).startsWith("\uFEFF").contains(accountHeader, "6222021234567890123");
        assertThat(xlsx).startsWith('P', 'K');
        assertThat(as("approver").get(BASE + "/" + id + "/export?format=pdf").status())
                .isEqualTo(422);
    }

    @Test
    void readsTheLedgerReportsAndNotice() {
        fixtures.claim(policy).noticeUntil(clock.today().plusDays(1)).write();

        Reply ledger = as("caseworker").get("/api/v1/subsidy-budgets/" + policy.code());
        Reply report = as("xiangxi").get("/api/v1/subsidy-reports?by=REGION");
        Reply notice = as("worker").get("/api/v1/subsidy-notice");

        assertThat(ledger.json("committed")).isEqualTo(1000.0);
        assertThat(ledger.json("remaining")).isEqualTo(99000.0);
        assertThat((List<Object>) report.json("[*].key")).containsOnly("433100");
        assertThat((List<Object>) notice.json("[*].name")).contains("向**");
        assertThat(as("linyi").get("/api/v1/subsidy-reports?region=433100").status())
                .isEqualTo(403);
        assertThat(as("caseworker")
                        .get("/api/v1/subsidy-reports?by=MONTH&from=2026-02-01&to=2026-01-01")
                        .status())
                .isEqualTo(422);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,      /api/v1/payment-batches,         200",
        "caseworker, /api/v1/payment-batches,         200",
        "approver,   /api/v1/payment-batches/payable, 200",
        "xiangxi,    /api/v1/payment-batches,         403",
        "employer,   /api/v1/payment-batches,         403",
        "worker,     /api/v1/payment-batches,         403",
        "xiangxi,    /api/v1/subsidy-budgets,         403",
        "approver,   /api/v1/subsidy-budgets,         200",
        "employer,   /api/v1/subsidy-reports,         403",
        "linyi,      /api/v1/subsidy-reports,         200",
        "employer,   /api/v1/subsidy-notice,          200",
    })
    void answersEachRoleAsItMay(String user, String path, int status) {
        assertThat(as(user).get(path).status()).isEqualTo(status);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThat(ApiClient.anonymous(port).get(BASE).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/api/v1/subsidy-notice").status())
                .isEqualTo(401);
    }
}
