package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering, changing and verifying enterprises over real HTTP, and what each refusal leaves behind. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmployerRegistrationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    EmployerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new EmployerFixtures(port, context);
    }

    @Test
    void registersAnEnterpriseWithLocationAndItsCountyNamed() {
        EmployerForm form = Postings.enterprise("济南登记测试家政服务有限公司");
        Reply reply = fixtures.caseworker().post("/api/v1/employers", EmployerFixtures.json(form));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/employers/" + reply.json("id"));
        assertThat(reply.json("creditCode")).isEqualTo(form.creditCode());
        assertThat(reply.json("region.code")).isEqualTo("370102");
        assertThat((String) reply.json("region.name")).endsWith("历下区");
        assertThat(reply.json("contactPhone")).isEqualTo("13800138000");
        assertThat(reply.json("verified")).isEqualTo(false);
    }

    @Test
    void refusesAnInvalidCreditCodeAndStoresNothing() {
        EmployerForm form =
                new EmployerForm(TestCreditCodes.withWrongCheck(), "济南校验位错误测试公司", null, "370102", null, null, null);

        Reply reply = fixtures.caseworker().post("/api/v1/employers", EmployerFixtures.json(form));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json("errors[0].field")).isEqualTo("creditCode");
        assertThat(reply.json("errors[0].code")).isEqualTo("CHECKSUM");
        assertThat(reply.json("errors[0].message")).isEqualTo("统一社会信用代码校验位不正确，请核对最后一位");
        assertThat(storedWithCode(form.creditCode())).isZero();
    }

    @Test
    void refusesASecondRegistrationOfOneCreditCodeAndKeepsTheFirst() {
        EmployerForm first = Postings.enterprise("济南首次登记测试公司");
        String id = fixtures.register(first);
        EmployerForm second =
                new EmployerForm(first.creditCode().toLowerCase(), "冒名测试公司", null, "370103", null, null, null);

        Reply reply = fixtures.caseworker().post("/api/v1/employers", EmployerFixtures.json(second));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].field")).isEqualTo("creditCode");
        assertThat(reply.json("errors[0].code")).isEqualTo("DUPLICATE");
        assertThat(storedWithCode(first.creditCode())).isEqualTo(1);
        assertThat(fixtures.caseworker().get("/api/v1/employers/" + id).json("name"))
                .isEqualTo("济南首次登记测试公司");
    }

    @Test
    void changingToAnotherEnterprisesCreditCodeIsADuplicateAndChangesNothing() {
        EmployerForm taken = Postings.enterprise("济南已占用代码测试公司");
        fixtures.register(taken);
        EmployerForm mine = Postings.enterprise("济南改代码测试公司");
        String id = fixtures.register(mine);
        EmployerForm change = new EmployerForm(taken.creditCode(), "济南改名测试公司", null, "370102", null, null, null);

        Reply reply = fixtures.caseworker().put("/api/v1/employers/" + id, EmployerFixtures.json(change));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].code")).isEqualTo("DUPLICATE");
        Reply stored = fixtures.caseworker().get("/api/v1/employers/" + id);
        assertThat(stored.json("creditCode")).isEqualTo(mine.creditCode());
        assertThat(stored.json("name")).isEqualTo("济南改代码测试公司");
    }

    @Test
    void verificationKeepsWhoAndWhenAndTheFirstVerifierStays() {
        String id = fixtures.register("济南核验测试公司");

        Reply verified = fixtures.caseworker().post("/api/v1/employers/" + id + "/verification", "");
        Reply again = ApiClient.as(port, "admin").post("/api/v1/employers/" + id + "/verification", "");

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json("verified")).isEqualTo(true);
        assertThat(verified.json("verifiedBy")).isEqualTo("caseworker");
        assertThat(verified.json("verifiedAt")).isNotNull();
        assertThat(again.json("verifiedBy")).isEqualTo("caseworker");
        assertThat(again.json("verifiedAt")).isEqualTo(verified.json("verifiedAt"));
    }

    @Test
    void aNewNameNeedsANewVerification() {
        EmployerForm form = Postings.enterprise("济南改名前测试公司");
        String id = fixtures.register(form);
        fixtures.caseworker().post("/api/v1/employers/" + id + "/verification", "");

        Reply renamed = fixtures.caseworker()
                .put(
                        "/api/v1/employers/" + id,
                        EmployerFixtures.json(
                                new EmployerForm(form.creditCode(), "济南改名后测试公司", null, "370102", null, null, null)));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json("verified")).isEqualTo(false);
        assertThat(renamed.json("verifiedBy")).isNull();
    }

    @Test
    void theContactPhoneIsFullForTheBureauAndTheEnterpriseAndMaskedForPartners() {
        String id = fixtures.register("济南手机号测试公司");

        assertThat(fixtures.caseworker().get("/api/v1/employers/" + id).json("contactPhone"))
                .isEqualTo("13800138000");
        assertThat(ApiClient.as(port, "approver").get("/api/v1/employers/" + id).json("contactPhone"))
                .isEqualTo("13800138000");
        assertThat(fixtures.employerUserOf(id).get("/api/v1/employers/" + id).json("contactPhone"))
                .isEqualTo("13800138000");
        assertThat(ApiClient.as(port, "xiangxi").get("/api/v1/employers/" + id).json("contactPhone"))
                .isEqualTo("138****8000");
        assertThat(fixtures.caseworker()
                        .get("/api/v1/employers?q=" + EmployerFixtures.encoded("手机号测试"))
                        .json("items[0].contactPhone"))
                .as("lists are always masked")
                .isEqualTo("138****8000");
    }

    @Test
    void aFullPhoneViewByTheBureauIsAudited() {
        String id = fixtures.register("济南审计测试公司");

        fixtures.caseworker().get("/api/v1/employers/" + id);

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'VIEW_FULL_PHONE' and subject_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void findsEnterprisesByAnyPartOfTheNameInEitherScriptOrByTheStartOfTheCreditCode() {
        EmployerForm form = Postings.enterprise("济南繁简查找测试电子有限公司");
        String id = fixtures.register(form);

        assertThat(ids(fixtures.caseworker().get("/api/v1/employers?q=" + EmployerFixtures.encoded("繁簡查找測試"))))
                .containsExactly(id);
        assertThat(ids(fixtures.caseworker()
                        .get("/api/v1/employers?q=" + form.creditCode().substring(0, 17))))
                .containsExactly(id);
    }

    @Test
    void anEmployerSearchingFindsOnlyTheirOwnEnterprise() {
        String mine = fixtures.register("济南本企业查找测试公司");
        fixtures.register("济南他企业查找测试公司");

        Reply reply = fixtures.employerUserOf(mine).get("/api/v1/employers?q=" + EmployerFixtures.encoded("查找测试"));

        assertThat(ids(reply)).containsExactly(mine);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Reply reply) {
        return ((List<Map<String, Object>>) reply.json("items"))
                .stream().map(item -> (String) item.get("id")).toList();
    }

    private long storedWithCode(String creditCode) {
        return jdbc.sql("select count(*) from employer where credit_code = :code")
                .param("code", creditCode)
                .query(Long.class)
                .single();
    }
}
