package org.laborbridge.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The kernel's API over real HTTP: valid values are explained, invalid ones get 422 in the caller's language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KernelApiTests {

    @LocalServerPort
    int port;

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker");
    }

    @Test
    void readsBirthDateSexAndBothRegionsFromAnIdIssuedUnderARetiredCode() {
        Reply reply = caseworker().get("/api/v1/resident-ids/50023219900101123x");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json("number")).isEqualTo("50023219900101123X");
        assertThat(reply.json("birthDate")).isEqualTo("1990-01-01");
        assertThat(reply.json("sex")).isEqualTo("MALE");
        assertThat(reply.json("issuedIn.code")).isEqualTo("500232");
        assertThat(reply.json("currentRegion.code")).isEqualTo("500156");
        assertThat(reply.json("currentRegion.name")).isEqualTo("武隆区");
    }

    @Test
    void upgradesALegacyFifteenDigitNumber() {
        Reply reply = caseworker().get("/api/v1/resident-ids/433122850615002");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json("number")).isEqualTo("433122198506150026");
        assertThat(reply.json("sex")).isEqualTo("FEMALE");
    }

    @Test
    void namesTheReasonForEveryInvalidIdNumber() {
        assertThat(caseworker().get("/api/v1/resident-ids/43312219850615").json("errors[0].code"))
                .isEqualTo("LENGTH");
        assertThat(caseworker().get("/api/v1/resident-ids/43312219850615002A").json("errors[0].code"))
                .isEqualTo("CHARACTERS");
        assertThat(caseworker().get("/api/v1/resident-ids/433122198513150026").json("errors[0].code"))
                .isEqualTo("BIRTH_DATE");
        assertThat(caseworker().get("/api/v1/resident-ids/999999198506150026").json("errors[0].code"))
                .isEqualTo("REGION");
        assertThat(caseworker().get("/api/v1/resident-ids/433122198506150027").json("errors[0].code"))
                .isEqualTo("CHECKSUM");
    }

    @Test
    void explainsAnInvalidIdAsProblemDetailsInTheCallersLanguage() {
        Reply simplified = caseworker().get("/api/v1/resident-ids/433122198506150027");
        Reply traditional = caseworker().language("zh-TW").get("/api/v1/resident-ids/433122198506150027");
        Reply english = caseworker().language("en").get("/api/v1/resident-ids/433122198506150027");

        assertThat(simplified.status()).isEqualTo(422);
        assertThat(simplified.contentType()).startsWith("application/problem+json");
        assertThat(simplified.json("status")).isEqualTo(422);
        assertThat(simplified.json("errors[0].field")).isEqualTo("residentId");
        assertThat(simplified.json("errors[0].message").toString()).contains("校验");
        assertThat(traditional.json("errors[0].message").toString()).contains("校驗");
        assertThat(english.json("errors[0].message").toString()).containsIgnoringCase("check");
        assertThat(english.json("title")).isEqualTo("Invalid input");
    }

    @Test
    void looksUpARegionWithItsParent() {
        Reply reply = caseworker().get("/api/v1/regions/433122");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json("name")).isEqualTo("泸溪县");
        assertThat(reply.json("level")).isEqualTo("COUNTY");
        assertThat(reply.json("parent.code")).isEqualTo("433100");
    }

    @Test
    void aProvinceHasNoParent() {
        Reply reply = caseworker().get("/api/v1/regions/370000");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"parent\":null");
    }

    @Test
    void unknownRegionIsNotFoundAndMalformedCodeIsInvalid() {
        assertThat(caseworker().get("/api/v1/regions/999999").status()).isEqualTo(404);
        Reply malformed = caseworker().get("/api/v1/regions/12ab");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json("errors[0].field")).isEqualTo("regionCode");
        assertThat(malformed.json("errors[0].code")).isEqualTo("FORMAT");
    }

    @Test
    void checksCreditCodesAndPhoneNumbers() {
        assertThat(caseworker().get("/api/v1/credit-codes/91350100M000100Y43").json("regionCode"))
                .isEqualTo("350100");
        Reply badCode = caseworker().get("/api/v1/credit-codes/91350100M000100Y44");
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.json("errors[0].field")).isEqualTo("creditCode");
        assertThat(caseworker()
                        .get("/api/v1/phone-numbers/+86%20138%200013%208000")
                        .json("number"))
                .isEqualTo("13800138000");
        Reply badPhone = caseworker().get("/api/v1/phone-numbers/12345");
        assertThat(badPhone.status()).isEqualTo(422);
        assertThat(badPhone.json("errors[0].field")).isEqualTo("phone");
    }

    @Test
    void namesAMissingOrMistypedParameter() {
        Reply missing = caseworker().get("/api/v1/regions");
        Reply mistyped = caseworker().language("en").get("/api/v1/regions?q=x&limit=many");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json("errors[0].field")).isEqualTo("q");
        assertThat(missing.json("errors[0].code")).isEqualTo("REQUIRED");
        assertThat(mistyped.json("errors[0].field")).isEqualTo("limit");
        assertThat(mistyped.json("errors[0].code")).isEqualTo("TYPE");
        assertThat(mistyped.json("errors[0].message")).isEqualTo("The value has the wrong type.");
    }

    @Test
    void unknownApiPathIsAProblemNotAStackTrace() {
        Reply reply = caseworker().get("/api/v1/no-such-thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void apiNeedsCredentials() {
        assertThat(ApiClient.anonymous(port).get("/api/v1/regions/433122").status())
                .isEqualTo(401);
    }
}
