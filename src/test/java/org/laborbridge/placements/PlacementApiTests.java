package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The placements API over real HTTP: refusals by field and code, worded in the caller's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlacementApiTests {

    private static final String BAOJING = "433125";

    @LocalServerPort
    int port;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Placements placements;

    @Autowired
    TransactionTemplate transactions;

    PlacementFixtures fixtures;
    JobPostingView posting;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        posting = fixtures.posting("接口测试食品厂", 2);
    }

    @Test
    void recordsAHireMadeOutsideThePlatformTakingAnOpening() {
        WorkerId worker = fixtures.worker("补录甲", BAOJING);

        Reply created = caseworker().post("/api/v1/placements", outside(worker, BureauTime.today(), 12));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/placements/");
        assertThat(created.json("householdCounty")).isEqualTo(BAOJING);
        assertThat(created.json("employer.name")).isEqualTo("接口测试食品厂");
        assertThat(created.json("status")).isEqualTo("STARTING");
        assertThat(created.json("retentionChecks.length()")).isEqualTo(3);
        assertThat(caseworker().get(created.header("Location")).status()).isEqualTo(200);
        assertThat(Callers.runAs(PlacementFixtures.CASEWORKER, () -> postings.find(posting.id()))
                        .openingsLeft())
                .isEqualTo(1);
    }

    @Test
    void anOverlappingHireKeepsThePostingsOpening() {
        WorkerId worker = fixtures.worker("补录乙", BAOJING);
        fixtures.place(worker, BAOJING, posting, BureauTime.today(), 12);

        Reply refused = caseworker()
                .post("/api/v1/placements", outside(worker, BureauTime.today().plusMonths(3), 6));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors[0].field")).isEqualTo("startDate");
        assertThat(refused.json("errors[0].code")).isEqualTo("OVERLAPPING_PLACEMENT");
        assertThat(Callers.runAs(PlacementFixtures.CASEWORKER, () -> postings.find(posting.id()))
                        .openingsLeft())
                .isEqualTo(2);
    }

    @Test
    void refusesAHireWithoutItsTermsFieldByField() {
        Reply refused = caseworker().post("/api/v1/placements", "{\"contractMonths\":61}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"worker\"", "\"posting\"", "\"startDate\"", "\"monthlyWage\"");
        assertThat(refused.body()).contains("\"RANGE\"");
    }

    @Test
    void refusesACheckBeforeItsGraceDaysAndASecondRecording() {
        WorkerId worker = fixtures.worker("回访接口", BAOJING);
        PlacementView placed =
                fixtures.place(worker, BAOJING, posting, BureauTime.today().minusMonths(1), 12);
        String checks = "/api/v1/placements/" + placed.id() + "/retention-checks/";

        Reply early = caseworker().post(checks + "3", "{\"outcome\":\"STILL_WORKING\"}");
        Reply first = caseworker().post(checks + "1", "{\"outcome\":\"STILL_WORKING\",\"note\":\"电话回访\"}");
        Reply second = caseworker().post(checks + "1", "{\"outcome\":\"STILL_WORKING\"}");
        Reply unknown = caseworker().post(checks + "2", "{\"outcome\":\"STILL_WORKING\"}");
        Reply leftWithoutReason = caseworker().post(checks + "3", "{\"outcome\":\"LEFT\"}");

        assertThat(early.json("errors[0].code")).isEqualTo("NOT_DUE_YET");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json("status")).isEqualTo("WORKING");
        assertThat(first.json("retentionChecks[0].outcome")).isEqualTo("STILL_WORKING");
        assertThat(first.json("retentionChecks[0].recordedBy")).isEqualTo("caseworker");
        assertThat(second.json("errors[0].code")).isEqualTo("ALREADY_RECORDED");
        assertThat(unknown.json("errors[0].code")).isEqualTo("UNKNOWN");
        assertThat(leftWithoutReason.status()).isEqualTo(422);
        assertThat(caseworker().post(checks + "1", "{\"outcome\":\"MAYBE\"}").json("errors[0].field"))
                .isEqualTo("outcome");
    }

    @Test
    void refusesALeavingBeforeTheStartOrInTheFuture() {
        WorkerId worker = fixtures.worker("离岗接口", BAOJING);
        LocalDate start = BureauTime.today().minusDays(5);
        PlacementView placed = fixtures.place(worker, BAOJING, posting, start, 12);
        String leaving = "/api/v1/placements/" + placed.id() + "/leaving";

        Reply early = caseworker().post(leaving, "{\"leftOn\":\"" + start.minusDays(1) + "\",\"reason\":\"OTHER\"}");
        Reply future =
                caseworker().post(leaving, "{\"leftOn\":\"" + BureauTime.today().plusDays(1) + "\"}");
        Reply done = caseworker().post(leaving, "{\"leftOn\":\"" + start + "\",\"reason\":\"HEALTH\"}");

        assertThat(early.json("errors[0].code")).isEqualTo("BEFORE_START");
        assertThat(future.body()).contains("\"FUTURE\"", "\"reason\"");
        assertThat(done.json("status")).isEqualTo("LEFT");
        assertThat(done.json("leavingReason")).isEqualTo("HEALTH");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | 该劳动力",
                "zh-TW | 該勞動力",
                "en    | the worker already holds a placement",
            })
    void explainsAnOverlapInTheCallersLanguage(String language, String expected) {
        WorkerId worker = fixtures.worker("语言测试", BAOJING);
        PlacementView first = fixtures.place(worker, BAOJING, posting, BureauTime.today(), 12);

        Reply refused = caseworker()
                .language(language)
                .post("/api/v1/placements", outside(worker, BureauTime.today().plusDays(1), 6));

        assertThat(refused.json("errors[0].message").toString())
                .contains(expected)
                .contains(first.startDate().toString())
                .contains(first.endDate().minusDays(1).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | 合同期限：应为 1 至 60 个月",
                "zh-TW | 合同期限：應為 1 至 60 個月",
                "en    | Contract: must run 1 to 60 months"
            })
    void explainsTheContractLengthInTheCallersLanguage(String language, String expected) {
        WorkerId worker = fixtures.worker("期限测试", BAOJING);

        Reply refused =
                caseworker().language(language).post("/api/v1/placements", outside(worker, BureauTime.today(), 0));

        assertThat(refused.json("errors[0].message")).isEqualTo(expected + ("en".equals(language) ? "." : "。"));
    }

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker");
    }

    private String outside(WorkerId worker, LocalDate start, int months) {
        return "{\"worker\":\"" + worker + "\",\"posting\":\"" + posting.id() + "\",\"startDate\":\"" + start
                + "\",\"contractMonths\":" + months + ",\"monthlyWage\":4800.50}";
    }
}
