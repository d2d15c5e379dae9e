package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.web.Sheets;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The payment, budget, report and notice pages in the three languages, as each reader gets them. */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    PaymentBatches batches;

    @Autowired
    SubsidyClock clock;

    ClaimFixtures fixtures;
    PolicyView policy;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        policy = fixtures.policy("PAGE", 1);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String page(String uri, String username) {
        MvcTestResult result = mvc.get().uri(uri).with(as(username)).exchange();
        assertThat(result).hasStatusOk();
        String body;
        try {
            body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        assertThat(body).doesNotContain("??");
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN, 拨付批次, 今日可拨付", "zh-TW, 撥付批次, 今日可撥付", "en, Payment batches, Payable today"})
    void theBatchesPageOffersPayableStagesToApprovers(String language, String title, String payable) {
        Claim claim = fixtures.claim(policy).write();

        String approver = page("/subsidies/batches?policy=" + policy.code() + "&lang=" + language, "approver");
        String caseworker = page("/subsidies/batches?policy=" + policy.code() + "&lang=" + language, "caseworker");

        assertThat(approver).contains(title, payable, claim.number(), "id=\"make-batch\"", "id=\"subsidies-tabs\"");
        assertThat(caseworker).contains(claim.number()).doesNotContain("id=\"make-batch\"");
        assertThat(mvc.get().uri("/subsidies/batches").with(as("employer"))).hasStatus(403);
        assertThat(mvc.get().uri("/subsidies/batches").with(as("xiangxi"))).hasStatus(403);
    }

    @Test
    void makingABatchLeadsToItAndARefusalIsShownOnTheList() {
        Claim payable = fixtures.claim(policy).write();
        Claim noticed = fixtures.claim(policy).noticeUntil(clock.today()).write();

        assertThat(mvc.post()
                        .uri("/subsidies/batches?lang=en")
                        .with(as("approver"))
                        .with(csrf())
                        .param("stage", payable.id() + ":1", noticed.id() + ":1"))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"batch-refusals\"", noticed.number() + " stage 1: its public notice has not ended.");
        assertThat(mvc.post()
                        .uri("/subsidies/batches")
                        .with(as("approver"))
                        .with(csrf())
                        .param("stage", payable.id() + ":1"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .startsWith("/subsidies/batches/");
        assertThat(fixtures.stageStatus(payable, 1)).isEqualTo("IN_BATCH");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN, 待银行结果, 已支付", "zh-TW, 待銀行結果, 已支付", "en, Awaiting the bank, Paid"})
    void theBatchPageSettlesLinesByHandAndByFile(String language, String open, String paid) throws Exception {
        Claim first = fixtures.claim(policy).write();
        Claim second = fixtures.claim(policy).write();
        BatchView batch = Callers.runAs(
                ClaimFixtures.APPROVER, () -> batches.create(null, List.of(first.stage(1), second.stage(1))));
        String uri = "/subsidies/batches/" + batch.id();

        assertThat(page(uri + "?lang=" + language, "approver"))
                .contains(open, "id=\"export-csv\"", "id=\"export-xlsx\"", "id=\"paid-1\"", "id=\"bank-result\"")
                .contains("6222021234567890123");
        assertThat(page(uri, "caseworker")).contains("6222***********0123").doesNotContain("id=\"paid-1\"");

        assertThat(mvc.post().uri(uri + "/lines/1/paid").with(as("approver")).with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("done");
        assertThat(mvc.post()
                        .uri(uri + "/bank-result")
                        .multipart()
                        .file(new MockMultipartFile(
                                "file",
                                "bank.csv",
                                "text/csv",
                                ("batch,lineNo,status\n" + batch.number() + ",1,PAID\n" + batch.number() + ",5,PAID\n")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(as("approver"))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"row-errors\"", "UNKNOWN", "SETTLED");
        assertThat(fixtures.stageStatus(second, 1)).isEqualTo("IN_BATCH");
        assertThat(mvc.post()
                        .uri(uri + "/lines/2/failed")
                        .with(as("approver"))
                        .with(csrf())
                        .param("reason", "账户已冻结"))
                .hasStatus3xxRedirection();
        assertThat(page(uri + "?lang=" + language, "approver"))
                .contains(paid, "账户已冻结")
                .doesNotContain("id=\"bank-result\"");
        assertThat(mvc.get().uri(uri + "/export?format=csv").with(as("caseworker")))
                .hasStatusOk()
                .hasContentType("text/csv;charset=UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN, 预算台账, 剩余", "zh-TW, 預算台帳, 剩餘", "en, Budget ledger, Remaining"})
    void theLedgerPageShowsEveryPolicy(String language, String title, String remaining) {
        assertThat(page("/subsidies/budgets?lang=" + language, "caseworker"))
                .contains(title, remaining, "id=\"ledger-" + policy.code() + "\"", "100,000");
        assertThat(mvc.get().uri("/subsidies/budgets").with(as("worker"))).hasStatus(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 补贴统计, 按协作地区, 分阶段拨付的申请在每次拨付的月份各计一笔",
        "zh-TW, 補貼統計, 按協作地區, 分階段撥付的申請在每次撥付的月份各計一筆",
        "en, Subsidy reports, By partner region, counts once in each month a stage was paid",
    })
    void theReportPageShowsThreeTablesAndDownloads(String language, String title, String byRegion, String rule) {
        fixtures.claim(policy).write();

        assertThat(page("/subsidies/reports?lang=" + language, "xiangxi"))
                .contains(title, byRegion, rule)
                .contains("id=\"report-POLICY-" + policy.code() + "\"", "id=\"report-REGION-433100\"")
                .contains("id=\"report-xlsx\"", "id=\"report-csv\"");
        assertThat(mvc.get().uri("/subsidies/reports?region=371321").with(as("xiangxi")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/subsidies/reports?region=43").with(as("caseworker")))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"report-refusals\"");
        assertThat(mvc.get()
                        .uri("/subsidies/reports/export?format=xlsx&lang=" + language)
                        .with(as("caseworker")))
                .hasStatusOk()
                .hasContentType(Sheets.XLSX_TYPE);
        assertThat(mvc.get()
                        .uri("/subsidies/reports/export?format=csv&by=MONTH")
                        .with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .startsWith("\uFEFF月份");
    }
}
