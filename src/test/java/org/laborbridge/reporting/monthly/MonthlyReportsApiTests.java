package org.laborbridge.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monthly reports API over real HTTP as the demo users: the role matrix, the partner's scope
 * (the xiangxi user reads Xiangxi's reports, not Linyi's), and refusals as problem details in the
 * caller's language. Xiangxi and Yinan reports are made for 2014, a year no other test reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyReportsApiTests {

    private static final String API = "/api/v1/monthly-reports";

    @LocalServerPort
    int port;

    @Autowired
    PartnerRegions partnerRegions;

    @Test
    void submitsLocksAndAnswersConflictsWithTheirCode() {
        Reply submitted = as("caseworker").post(API, body("433100", "2014-01"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.header("Location")).isEqualTo(API + "/" + submitted.json("id"));
        assertThat(submitted.json("status")).isEqualTo("SUBMITTED");
        assertThat((List<?>) submitted.json("figures")).hasSizeGreaterThan(10);
        assertThat(submitted.json("figures[?(@.metric == 'subsidiesPaidFen')].unit"))
                .isEqualTo(List.of("yuan"));
        String report = API + "/" + submitted.json("id");

        Reply again = as("admin").language("en").post(API, body("433100", "2014-01"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json("code")).isEqualTo("ALREADY_SUBMITTED");
        assertThat((String) again.json("detail")).contains("2014-01").contains("already been submitted");

        Reply outOfOrder = as("caseworker").language("zh-TW").post(API, body("433100", "2014-02"));
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.json("code")).isEqualTo("PREVIOUS_NOT_LOCKED");
        assertThat((String) outOfOrder.json("detail")).contains("2014-01 的報告尚未鎖定");

        assertThat(as("caseworker").post(report + "/lock", "").status()).isEqualTo(403);
        Reply locked = as("approver").post(report + "/lock", "");
        assertThat(locked.status()).as(locked.body()).isEqualTo(200);
        assertThat(locked.json("status")).isEqualTo("LOCKED");
        assertThat(locked.json("lockedBy")).isEqualTo("approver");

        Reply twice = as("admin").language("zh-CN").post(report + "/lock", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json("code")).isEqualTo("ALREADY_LOCKED");
        assertThat((String) twice.json("detail")).contains("已锁定");

        assertThat(as("caseworker").post(API, body("433100", "2014-02")).status())
                .isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} reading gets {1}")
    @CsvSource({
        "admin, 200",
        "caseworker, 200",
        "approver, 200",
        "xiangxi, 200",
        "linyi, 200",
        "employer, 403",
        "worker, 403"
    })
    void listsForBureauAndPartnerStaffOnly(String user, int status) {
        Reply reply = as(user).get(API);

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    }

    @Test
    void showsAPartnerTheReportsOfTheirRegionsOnly() {
        Reply yinan = as("caseworker").post(API, body("371321", "2014-06"));
        assertThat(yinan.status()).as(yinan.body()).isEqualTo(201);
        String id = (String) yinan.json("id");

        assertThat(as("linyi").get(API + "/" + id).status()).isEqualTo(200);
        assertThat(as("xiangxi").get(API + "/" + id).status()).isEqualTo(404);
        assertThat((List<?>) as("linyi").get(API + "?region=371321").json("items[?(@.id == '" + id + "')]"))
                .hasSize(1);
        assertThat((List<?>) as("xiangxi").get(API).json("items[?(@.id == '" + id + "')]"))
                .isEmpty();
        assertThat(as("xiangxi").get(API + "?region=371321").status()).isEqualTo(403);
        assertThat(as("employer").get(API + "/" + id).status()).isEqualTo(403);
        assertThat(as("worker").get(API + "/" + id).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get(API).status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} submitting gets 403")
    @CsvSource({"approver", "xiangxi", "employer", "worker"})
    void onlyCaseworkersAndAdministratorsSubmit(String user) {
        assertThat(as(user).post(API, body("500156", "2014-03")).status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3} ({4})")
    @CsvSource(
            delimiter = '|',
            value = {
                "999999 | 2014-01 | region | UNKNOWN   | zh-CN | 999999 不是协作地区",
                "110101 | 2014-01 | region | UNKNOWN   | en    | 110101 is not a partner region",
                "500156 | 2014-13 | month  | FORMAT    | zh-TW | “2014-13”不是有效的月份",
                "500156 | 2014/01 | month  | FORMAT    | en    | \"2014/01\" is not a month",
                "500156 | NOW     | month  | NOT_ENDED | zh-CN | 尚未结束",
                "500156 | NOW     | month  | NOT_ENDED | en    | has not ended yet",
                "500156 | ''      | month  | REQUIRED  | zh-TW | 請填寫月份"
            })
    void refusesBadInputByFieldInTheCallersLanguage(
            String region, String month, String field, String code, String language, String message) {
        String typed =
                "NOW".equals(month) ? java.time.YearMonth.now(BureauTime.ZONE).toString() : month;

        Reply reply = as("caseworker").language(language).post(API, body(region, typed));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json("errors[0].field")).isEqualTo(field);
        assertThat(reply.json("errors[0].code")).isEqualTo(code);
        assertThat((String) reply.json("errors[0].message")).contains(message);
    }

    @Test
    void refusesLockingByTheSubmitterAndReturningWithoutAReason() {
        String region = MonthlyReportFixtures.partnerRegion(partnerRegions, "621222");
        Reply submitted = as("admin").post(API, body(region, "2014-01"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String report = API + "/" + submitted.json("id");

        Reply own = as("admin").language("en").post(report + "/lock", "");
        assertThat(own.status()).as(own.body()).isEqualTo(422);
        assertThat(own.json("errors[0].field")).isEqualTo("approver");
        assertThat(own.json("errors[0].code")).isEqualTo("FOUR_EYES");
        assertThat((String) own.json("errors[0].message")).contains("admin submitted this report");

        Reply noReason = as("approver").language("zh-CN").post(report + "/return", "{\"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json("errors[0].field")).isEqualTo("reason");
        assertThat((String) noReason.json("errors[0].message")).contains("请填写退回理由");

        Reply returned = as("approver").post(report + "/return", "{\"reason\": \"人数待核\"}");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json("status")).isEqualTo("RETURNED");
        assertThat(returned.json("returnReason")).isEqualTo("人数待核");

        Reply resubmitted = as("caseworker").post(API, body(region, "2014-01"));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(200);
        assertThat((List<?>) resubmitted.json("steps")).hasSize(3);
        assertThat(as("admin").post(report + "/lock", "").status()).isEqualTo(422);
        assertThat(as("approver").post(report + "/lock", "").status()).isEqualTo(200);
    }

    @Test
    void answersAnUnknownOrMalformedReportWith404() {
        assertThat(as("admin").get(API + "/not-a-report").status()).isEqualTo(404);
        assertThat(as("admin")
                        .get(API + "/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void previewsWithoutStoring() {
        Reply preview = as("caseworker").get(API + "/preview?region=421100&month=2014-05");

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json("month")).isEqualTo("2014-05");
        assertThat((List<?>) as("admin").get(API + "?region=421100").json("items[?(@.month == '2014-05')]"))
                .isEmpty();
    }

    @Test
    void isDescribedInTheOpenApiDocument() {
        Reply docs = as("admin").get("/v3/api-docs");

        assertThat(docs.body()).contains("/api/v1/monthly-reports/{id}/lock").contains("Monthly reports");
    }

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private static String body(String region, String month) {
        return "{\"region\": \"%s\", \"month\": \"%s\"}".formatted(region, month);
    }
}
