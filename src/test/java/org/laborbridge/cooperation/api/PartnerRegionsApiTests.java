package org.laborbridge.cooperation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The partner region API over real HTTP; each test uses its own Guizhou county so none depends on another. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerRegionsApiTests {

    @LocalServerPort
    int port;

    private ApiClient admin() {
        return ApiClient.as(port, "admin");
    }

    static String body(String code, String from, String to) {
        return """
                {"regionCode": "%s", "agreementName": "济南—黔东南劳务协作协议", "validFrom": %s, "validTo": %s,
                 "flags": ["EAST_WEST_FAIRS", "CHARTER_FULLY_SUBSIDISED"], "notes": "测试"}
                """.formatted(code, from == null ? "null" : '"' + from + '"', to == null ? "null" : '"' + to + '"');
    }

    @Test
    void anAdministratorRegistersAPartnerRegion() {
        Reply created = admin().post("/api/v1/partner-regions", body("522622", "2024-01-01", null));

        assertThat(created.status()).isEqualTo(201);
        String id = (String) created.json("id");
        assertThat(created.header("Location")).endsWith("/api/v1/partner-regions/" + id);
        assertThat(created.json("regionName")).isEqualTo("黄平县");
        assertThat(created.json("level")).isEqualTo("COUNTY");
        assertThat(created.json("flags")).isEqualTo(List.of("CHARTER_FULLY_SUBSIDISED", "EAST_WEST_FAIRS"));
        assertThat(created.json("countiesCovered")).isEqualTo(1);
        assertThat(created.json("activeToday")).isEqualTo(true);

        Reply read = ApiClient.as(port, "xiangxi").get("/api/v1/partner-regions/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json("validFrom")).isEqualTo("2024-01-01");
    }

    @Test
    void anAdministratorChangesTheAgreement() {
        String id = (String) admin().post("/api/v1/partner-regions", body("522626", "2024-01-01", null))
                .json("id");

        Reply changed = admin().put("/api/v1/partner-regions/" + id, body("522626", "2024-01-01", "2024-12-31"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json("validTo")).isEqualTo("2024-12-31");
        assertThat(changed.json("activeToday")).isEqualTo(false);
    }

    @Test
    void explainsInvalidInputInTheCallersLanguage() {
        String invalid = body("999999", "2024-06-01", "2024-01-01");

        Reply simplified = admin().post("/api/v1/partner-regions", invalid);
        Reply english = admin().language("en").post("/api/v1/partner-regions", invalid);

        assertThat(simplified.status()).isEqualTo(422);
        assertThat(simplified.contentType()).startsWith("application/problem+json");
        assertThat(simplified.json("errors[0].field")).isEqualTo("regionCode");
        assertThat(simplified.json("errors[0].code")).isEqualTo("UNKNOWN");
        assertThat(simplified.json("errors[0].message").toString())
                .startsWith("地区")
                .contains("999999");
        assertThat(simplified.json("errors[1].field")).isEqualTo("validTo");
        assertThat(simplified.json("errors[1].code")).isEqualTo("PERIOD");
        assertThat(simplified.json("errors[1].message").toString()).startsWith("截止日期");
        assertThat(english.json("errors[0].message").toString()).startsWith("Region:");
        assertThat(english.json("errors[1].message").toString()).startsWith("Valid to:");
    }

    @Test
    void refusesAnOverlapAndNamesTheRegionAlreadyCovering() {
        Reply overlap = admin().language("en").post("/api/v1/partner-regions", body("433122", "2024-01-01", null));

        assertThat(overlap.status()).isEqualTo(422);
        assertThat(overlap.json("errors[0].field")).isEqualTo("regionCode");
        assertThat(overlap.json("errors[0].code")).isEqualTo("OVERLAP");
        assertThat(overlap.json("errors[0].message").toString()).contains("433100", "湘西土家族苗族自治州");
    }

    @Test
    void aCaseworkerMayNotRegister() {
        Reply refused =
                ApiClient.as(port, "caseworker").post("/api/v1/partner-regions", body("522629", "2024-01-01", null));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anEmployerMayNotList() {
        assertThat(ApiClient.as(port, "employer").get("/api/v1/partner-regions").status())
                .isEqualTo(403);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        assertThat(admin().get("/api/v1/partner-regions/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(404);
        assertThat(admin().get("/api/v1/partner-regions/not-an-id").status()).isEqualTo(404);
        assertThat(admin().put(
                                "/api/v1/partner-regions/00000000-0000-0000-0000-000000000000",
                                body("522630", "2024-01-01", null))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void listsTheDemoPartnerRegionsWithTheirCoverage() {
        Reply list = ApiClient.as(port, "approver").get("/api/v1/partner-regions");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json("[?(@.regionCode == '433100')].countiesCovered")).isEqualTo(List.of(8));
        assertThat(list.json("[?(@.regionCode == '421100')].flags[0]")).isEqualTo(List.of("DIRECTIONAL_MATCHING"));
    }
}
