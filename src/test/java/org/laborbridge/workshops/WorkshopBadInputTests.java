package org.laborbridge.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each refusal answers 422 problem details naming the field and the reason, worded in the
 * caller's language, and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WorkshopBadInputTests {

    private static final String API = "/api/v1/workshops";

    @LocalServerPort
    int port;

    @Autowired
    Workshops workshops;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    JdbcClient jdbc;

    WorkshopFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshops, registry);
    }

    @Test
    void refusesAnUnknownCounty() {
        refusedInThreeLanguages(
                () -> post(API, workshop("999999", "2018-03-01", null)),
                "county",
                "UNKNOWN_COUNTY",
                List.of("不是现行的县级行政区划代码", "不是現行的縣級行政區劃代碼", "not a current county division code"));
    }

    @Test
    void refusesACountyOutsideEveryPartnerRegion() {
        refusedInThreeLanguages(
                () -> post(API, workshop("110101", "2018-03-01", null)),
                "county",
                "OUTSIDE_PARTNER_REGIONS",
                List.of("不在任何协作地区内", "不在任何協作地區內", "lies in no partner region"));
    }

    @Test
    void refusesARecognitionBeforeTheFounding() {
        refusedInThreeLanguages(
                () -> post(API, workshop("433125", "2018-03-01", "2017-01-01")),
                "recognisedOn",
                "BEFORE_FOUNDING",
                List.of("认定日期：不能早于车间成立日期", "認定日期：不能早於車間成立日期", "Recognition date: cannot be before"));
    }

    @Test
    void refusesANegativeWage() {
        WorkshopView workshop = fixtures.workshop();
        WorkerRecord worker = fixtures.worker(WorkshopFixtures.BAOJING, true);
        refusedInThreeLanguages(
                () -> post(API + "/" + workshop.id() + "/employees", employee(worker, "-1")),
                "monthlyWage",
                "NEGATIVE",
                List.of("月工资（元）：不能为负数", "月工資（元）：不能為負數", "Monthly wage (yuan): cannot be negative"));
        assertThat(employees(workshop)).isZero();
    }

    @Test
    void refusesAWorkerAlreadyEmployedElsewhere() {
        WorkerRecord worker = fixtures.worker(WorkshopFixtures.BAOJING, true);
        fixtures.employ(fixtures.workshop(), worker, true);
        WorkshopView other = fixtures.workshop();
        refusedInThreeLanguages(
                () -> post(API + "/" + other.id() + "/employees", employee(worker, "2400")),
                "worker",
                "ALREADY_EMPLOYED",
                List.of("此人已在某扶贫车间在岗", "此人已在某扶貧車間在崗", "already employed at a workshop"));
        assertThat(employees(other)).isZero();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        WorkshopView workshop = fixtures.workshop();
        EmployeeView employed = fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, true), true);
        String before = employed.startDate().minusDays(1).toString();
        refusedInThreeLanguages(
                () -> post(
                        API + "/" + workshop.id() + "/employees/" + employed.id() + "/leave",
                        "{\"endDate\": \"" + before + "\"}"),
                "endDate",
                "END_BEFORE_START",
                List.of("离岗日期不能早于上岗日期", "離崗日期不能早於上崗日期", "cannot be before the start date"));
        assertThat(Callers.runAs(WorkshopFixtures.ADMIN, () -> workshops.employees(workshop.id())))
                .allMatch(EmployeeView::current);
    }

    private String language;

    @Test
    void refusesADayThatCannotBeReadQuotingWhatWasTyped() {
        refusedInThreeLanguages(
                () -> post(API, workshop("433125", "2018-02-30", null)),
                "foundedOn",
                "FORMAT",
                List.of("“2018-02-30”不是日期", "「2018-02-30」不是日期", "\"2018-02-30\" is not a date"));
    }

    @Test
    void refusesATypeOutsideTheChoicesNamingThem() {
        refusedInThreeLanguages(
                () -> post(API, workshop("433125", "2018-03-01", null).replace("\"FARMING\"", "\"CASTLE\"")),
                "type",
                "UNKNOWN",
                List.of("“CASTLE”不是可选项，可选：FACTORY", "「CASTLE」不是可選項", "\"CASTLE\" is not one of the choices: FACTORY"));
    }

    private Reply post(String path, String json) {
        ApiClient client = ApiClient.as(port, "admin");
        return (language == null ? client : client.language(language)).post(path, json);
    }

    private void refusedInThreeLanguages(
            java.util.function.Supplier<Reply> attempt, String field, String code, List<String> messages) {
        long workshopsBefore = count("workshop");
        long employeesBefore = count("workshop_employee");
        List<String> languages = List.of("zh-CN", "zh-TW", "en");
        for (int i = 0; i < languages.size(); i++) {
            language = languages.get(i);
            Reply reply = attempt.get();
            assertThat(reply.status()).as(language).isEqualTo(422);
            assertThat(reply.header("Content-Type")).contains("application/problem+json");
            List<String> fields = JsonPath.read(reply.body(), "$.errors[*].field");
            List<String> codes = JsonPath.read(reply.body(), "$.errors[*].code");
            List<String> words = JsonPath.read(reply.body(), "$.errors[*].message");
            assertThat(fields).as(language).contains(field);
            assertThat(codes.get(fields.indexOf(field))).isEqualTo(code);
            assertThat(words.get(fields.indexOf(field))).as(language).contains(messages.get(i));
        }
        language = null;
        assertThat(count("workshop")).isEqualTo(workshopsBefore);
        assertThat(count("workshop_employee")).isEqualTo(employeesBefore);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long employees(WorkshopView workshop) {
        return jdbc.sql("select count(*) from workshop_employee where workshop_id = :id")
                .param("id", workshop.id().value())
                .query(Long.class)
                .single();
    }

    static String workshop(String county, String foundedOn, String recognisedOn) {
        return """
                {"name": "泸溪椪柑扶贫车间", "county": "%s", "address": "浦市镇", "operatorName": "泸溪椪柑专业合作社",
                 "operatorKind": "COOPERATIVE", "model": {"cooperative": "泸溪椪柑专业合作社", "farmers": "浦市镇农户"},
                 "type": "FARMING", "industry": "水果种植", "products": "椪柑", "responsiblePerson": "向明华",
                 "foundedOn": "%s", "recognisedOn": %s}
                """.formatted(county, foundedOn, recognisedOn == null ? "null" : "\"" + recognisedOn + "\"");
    }

    static String employee(WorkerRecord worker, String wage) {
        return """
                {"worker": "%s", "startDate": "2024-03-01", "monthlyWage": %s, "contractMonths": 12, "accidentInsured": true}
                """.formatted(worker.id(), wage);
    }
}
