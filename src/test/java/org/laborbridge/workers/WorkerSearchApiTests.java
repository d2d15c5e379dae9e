package org.laborbridge.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.workers.WorkerBodies.register;
import static org.laborbridge.workers.WorkerBodies.with;
import static org.laborbridge.workers.WorkerBodies.worker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Searching the way Chinese users type: either script, pinyin, initials, the end of a number. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerSearchApiTests {

    @LocalServerPort
    int port;

    String zhang;
    String zhangResidentId;
    String zhangPhone = "13907440001";
    String shan;
    String linyiWorker;

    @BeforeAll
    void registerWorkers() {
        zhangResidentId = TestResidentIds.next("433122");
        zhang = register(caseworker(), with(worker("张翠萍", zhangResidentId), "phone", zhangPhone));
        shan = register(caseworker(), worker("单雨桐", TestResidentIds.next("433123")));
        linyiWorker = register(caseworker(), worker("张翠兰", TestResidentIds.next("371323")));
    }

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker").language("en");
    }

    private List<String> ids(String query) {
        Reply reply = caseworker().get("/api/v1/workers?size=100&" + query);
        assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) reply.json("items[*].id");
        return ids;
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"张翠萍", "張翠萍", "张翠", "zhangcuiping", "zhang cui ping", "ZhangCui", "zcp", "zc"})
    void findsANameInEitherScriptPinyinOrInitials(String typed) {
        assertThat(ids(q(typed))).contains(zhang);
    }

    @Test
    void findsASurnameByItsSurnameReadingAndItsOrdinaryOne() {
        assertThat(ids(q("shanyutong"))).contains(shan);
        assertThat(ids(q("shan yu"))).contains(shan);
        assertThat(ids(q("syt"))).contains(shan);
        assertThat(ids(q("danyutong"))).contains(shan);
    }

    @Test
    void findsByTheEndOfTheResidentIdOrPhoneNumber() {
        // Eight characters: the shared test database holds generated demo people whose numbers may share six.
        assertThat(ids(q(zhangResidentId.substring(10)))).containsExactly(zhang);
        assertThat(ids(q(zhangPhone.substring(3)))).containsExactly(zhang);
    }

    @Test
    void listsNumbersMasked() {
        Reply reply = caseworker().get("/api/v1/workers?" + q(zhangResidentId.substring(10)));

        assertThat(reply.json("total")).isEqualTo(1);
        assertThat(reply.json("items[0].residentId"))
                .isEqualTo(zhangResidentId.substring(0, 6) + "********" + zhangResidentId.substring(14));
        assertThat(reply.json("items[0].phone")).isEqualTo("139****0001");
        assertThat(reply.json("items[0].householdRegion.name")).isEqualTo("泸溪县");
    }

    @Test
    void filtersByRegionCodeAtAnyLevelOrByName() {
        assertThat(ids(q("张翠") + "&region=4331")).contains(zhang).doesNotContain(linyiWorker);
        assertThat(ids(q("张翠") + "&region=433100")).contains(zhang).doesNotContain(linyiWorker);
        assertThat(ids(q("张翠") + "&region=43")).contains(zhang).doesNotContain(linyiWorker);
        assertThat(ids(q("张翠") + "&region=371323")).contains(linyiWorker).doesNotContain(zhang);
        assertThat(ids(q("张翠") + "&region=" + URLEncoder.encode("沂水县", StandardCharsets.UTF_8)))
                .containsExactly(linyiWorker);
        assertThat(ids(q("张翠") + "&region=" + URLEncoder.encode("湘西土家族苗族自治州", StandardCharsets.UTF_8)))
                .contains(zhang)
                .doesNotContain(linyiWorker);
        assertThat(ids(q("张翠") + "&region=433100&region=371323")).contains(zhang, linyiWorker);
    }

    @Test
    void sortsByAnAllowListedFieldAndPages() {
        Reply first = caseworker().get("/api/v1/workers?" + q("张翠") + "&sort=name&size=1&page=0");
        Reply second = caseworker().get("/api/v1/workers?" + q("张翠") + "&sort=name&size=1&page=1");

        assertThat(first.json("items[0].name")).isEqualTo("张翠兰");
        assertThat(second.json("items[0].name")).isEqualTo("张翠萍");
        assertThat(first.json("total")).isEqualTo(second.json("total"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sort=name;drop%20table%20worker",
                "sort=id",
                "sort=name%20desc,%20(select%201)",
                "size=0",
                "size=101",
                "page=-1",
                "page=abc",
                "registeredPoor=1%20or%201=1",
                "situation=SEEKING'--",
                "region=43'%20or%20'1'='1"
            })
    void refusesMalformedParametersWithProblemDetails(String query) {
        Reply reply = caseworker().get("/api/v1/workers?" + query);

        assertThat(reply.status()).isIn(400, 422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"' or '1'='1", "%", "_", "张%", "1%' --", "'; drop table worker; --", "\\"})
    void findsNothingForSqlLookingText(String typed) {
        Reply reply = caseworker().get("/api/v1/workers?" + q(typed));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json("total")).isEqualTo(0);
    }
}
