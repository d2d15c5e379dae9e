package org.laborbridge.reporting.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The summary API over real HTTP: who may ask for which regions (the role × action matrix), and
 * refusals by field and code with messages in the three languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatsApiTests {

    private static final String SUMMARY = "/api/v1/stats/summary";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} asking for {1} gets {2}")
    @CsvSource({
        "admin,      '',                 200",
        "admin,      ?region=433100,     200",
        "caseworker, ?region=371321,     200",
        "approver,   ?region=433100,     200",
        "xiangxi,    '',                 200",
        "xiangxi,    ?region=433100,     200",
        "xiangxi,    ?region=433122,     200",
        "xiangxi,    ?region=371321,     403",
        "xiangxi,    ?region=430000,     403",
        "xiangxi,    ?region=433100&region=371321, 403",
        "linyi,      ?region=371321,     200",
        "linyi,      ?region=433100,     403",
        "employer,   '',                 403",
        "worker,     '',                 403",
    })
    void answersBureauStaffAndPartnersForTheirRegionsOnly(String user, String query, int status) {
        Reply reply = ApiClient.as(port, user).get(SUMMARY + query);

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    }

    @Test
    void asksForCredentials() {
        assertThat(ApiClient.anonymous(port).get(SUMMARY).status()).isEqualTo(401);
    }

    @Test
    void returnsEveryHeadlineFigure() {
        Reply reply = ApiClient.as(port, "caseworker").get(SUMMARY + "?region=433100&from=2020-02&to=2020-12-31");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (String figure : new String[] {
            "workersHelpedOut",
            "pointToPointBatches",
            "pointToPointTravellers",
            "fairs",
            "fairEmployers",
            "positionsOffered",
            "placements",
            "workshops",
            "workshopEmployees",
            "subsidiesPaidYuan"
        }) {
            assertThat(reply.json(figure)).as(figure).isInstanceOf(Number.class);
        }
        assertThat(reply.json("regions[0]")).isEqualTo("433100");
        assertThat(reply.json("from")).isEqualTo("2020-02");
        assertThat(reply.json("to")).isEqualTo("2020-12");
    }

    @Test
    void givesAPartnerTheirOwnRegionsWhenTheyNameNone() {
        Reply reply = ApiClient.as(port, "xiangxi").get(SUMMARY);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json("regions[0]")).isEqualTo("433100");
    }

    @ParameterizedTest(name = "{0} → {1} {2} ({3})")
    @CsvSource(
            delimiter = '|',
            value = {
                "?region=999999                 | region | UNKNOWN     | zh-CN | 没有行政区划代码 999999",
                "?region=433100&region=12       | region | UNKNOWN     | en    | no administrative division with code 12",
                "?region=999999                 | region | UNKNOWN     | zh-TW | 沒有行政區劃代碼 999999",
                "?from=2020-13                  | from   | FORMAT      | en    | \"2020-13\" is not a month",
                "?to=soon                       | to     | FORMAT      | zh-CN | “soon”不是有效的月份",
                "?from=2021-03&to=2021-02       | to     | BEFORE_FROM | zh-CN | 截止月份 2021-02 早于起始月份 2021-03",
                "?from=2021-03-15&to=2021-02-28 | to     | BEFORE_FROM | zh-TW | 截止月份 2021-02-28 早於起始月份 2021-03-15",
                "?from=2021-03&to=2021-02       | to     | BEFORE_FROM | en    | The period ends (2021-02) before it starts (2021-03)"
            })
    void refusesBadFiltersByFieldInTheCallersLanguage(
            String query, String field, String code, String language, String message) {
        Reply reply = ApiClient.as(port, "caseworker").language(language).get(SUMMARY + query);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json("errors[0].field")).isEqualTo(field);
        assertThat(reply.json("errors[0].code")).isEqualTo(code);
        assertThat((String) reply.json("errors[0].message")).contains(message);
    }

    @Test
    void refusesBadInputBeforeScope() {
        Reply reply = ApiClient.as(port, "xiangxi").get(SUMMARY + "?region=999999");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
    }
}
