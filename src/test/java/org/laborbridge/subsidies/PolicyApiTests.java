package org.laborbridge.subsidies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.PolicyCatalogueFixtures.uniqueCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The policy catalogue over real HTTP, as the demo users. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyApiTests {

    private static final String BASE = "/api/v1/subsidy-policies";

    @LocalServerPort
    int port;

    @Test
    void registersRevisesAndKeepsEveryVersionReadable() {
        String code = uniqueCode("API");

        Reply registered = as("admin").post(BASE, register(code, terms("1000.00", 6)));
        Reply revised = as("admin").put(BASE + "/" + code, "{\"terms\": " + terms("1200.00", 12) + "}");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Location")).isEqualTo(BASE + "/" + code + "/versions/1");
        assertThat(registered.json("terms.amount.type")).isEqualTo("FIXED_PER_PERSON");
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json("version")).isEqualTo(2);
        Reply first = as("caseworker").get(BASE + "/" + code + "/versions/1");
        assertThat(first.json("terms.amount.amount")).isEqualTo(1000.0);
        assertThat(first.json("terms.conditions[1].months")).isEqualTo(6);
        assertThat(as("xiangxi").get(BASE + "/" + code).json("terms.amount.amount"))
                .isEqualTo(1200.0);
        assertThat((List<Object>) as("approver").get(BASE).json("[?(@.code == '" + code + "')].version"))
                .containsExactly(2);
    }

    @Test
    void contradictoryTermsAreRefusedWithEveryFieldAndNothingIsStored() {
        String code = uniqueCode("BAD");
        String contradictory = """
                {"kind": "TRANSPORT", "payee": "SERVICE_PROVIDER",
                 "amount": {"type": "SHARE_OF_COST", "percent": 150, "cap": 500},
                 "stages": [{"monthsAfterBasis": 0, "percent": 60}],
                 "conditions": [{"type": "AGE_BETWEEN", "min": 60, "max": 16}],
                 "validFrom": "2026-01-01", "budget": 100000, "oncePerPerson": "PER_YEAR"}
                """;

        Reply refused = as("admin").language("en").post(BASE, register(code, contradictory));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat((List<Object>) refused.json("errors[*].field"))
                .containsExactly("amount.percent", "stages", "conditions.ageBetween");
        assertThat((List<Object>) refused.json("errors[*].code")).containsExactly("RANGE", "SUM", "REVERSED");
        assertThat(refused.json("errors[1].message").toString()).contains("60%");
        assertThat(as("admin").get(BASE + "/" + code).status()).isEqualTo(404);
    }

    @Test
    void aTakenCodeIsRefusedByFieldAndCode() {
        String code = uniqueCode("DUP");
        as("admin").post(BASE, register(code, terms("1000", 6)));

        Reply refused = as("admin").post(BASE, register(code, terms("1000", 6)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors[0].field")).isEqualTo("code");
        assertThat(refused.json("errors[0].code")).isEqualTo("DUPLICATE");
    }

    @Test
    void unreadableTermsAreNamedInTheCallersLanguage() {
        Reply refused =
                as("admin").language("zh-TW").post(BASE, register(uniqueCode("ODD"), "{\"kind\": \"LOTTERY\"}"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors[0].field")).isEqualTo("kind");
        assertThat(refused.json("errors[0].code")).isEqualTo("UNKNOWN");
        assertThat(refused.json("errors[0].message").toString()).contains("LOTTERY");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,      list,     200",
        "caseworker, list,     200",
        "approver,   list,     200",
        "xiangxi,    list,     200",
        "employer,   list,     403",
        "worker,     list,     403",
        "admin,      register, 201",
        "caseworker, register, 403",
        "approver,   register, 403",
        "xiangxi,    register, 403",
        "employer,   register, 403",
        "worker,     register, 403",
        "caseworker, revise,   403",
        "xiangxi,    revise,   403",
        "employer,   revise,   403",
        "worker,     revise,   403",
    })
    void onlyAdministratorsChangeTheCatalogue(String user, String action, int status) {
        String code = uniqueCode("ROLE");
        as("admin").post(BASE, register(code, terms("1000", 6)));
        Reply reply = switch (action) {
            case "list" -> as(user).get(BASE);
            case "register" -> as(user).post(BASE, register(uniqueCode("ROLE"), terms("1000", 6)));
            case "revise" -> as(user).put(BASE + "/" + code, "{\"terms\": " + terms("1", 6) + "}");
            default -> throw new IllegalArgumentException(action);
        };

        assertThat(reply.status()).isEqualTo(status);
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalogue() {
        Reply document = as("admin").get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/subsidy-policies/{code}/versions/{version}");
    }

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private static String register(String code, String terms) {
        return "{\"code\": \"" + code + "\", \"name\": \"接口测试政策\", \"terms\": " + terms + "}";
    }

    private static String terms(String yuan, int contractMonths) {
        return """
                {"kind": "WORKER_EMPLOYMENT", "payee": "WORKER",
                 "amount": {"type": "FIXED_PER_PERSON", "amount": %s},
                 "stages": [{"monthsAfterBasis": 0, "percent": 100}],
                 "conditions": [{"type": "REGISTERED_POOR"}, {"type": "CONTRACT_AT_LEAST", "months": %d}],
                 "requiredDocuments": ["labor-contract"],
                 "validFrom": "2026-01-01", "validTo": null, "budget": "100000", "oncePerPerson": "LIFETIME"}
                """.formatted(yuan, contractMonths);
    }
}
