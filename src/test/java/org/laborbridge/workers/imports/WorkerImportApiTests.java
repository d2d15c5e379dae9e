package org.laborbridge.workers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing rosters over real HTTP: formats, headers, modes, duplicates, scopes and the report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerImportApiTests {

    static final String VALID_ROWS = "/api/v1/worker-imports?mode=VALID_ROWS";
    static final String ALL_OR_NOTHING = "/api/v1/worker-imports?mode=ALL_OR_NOTHING";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient caseworker() {
        return ApiClient.as(port, "caseworker");
    }

    long registered(String... residentIds) {
        return jdbc.sql("select count(*) from worker where resident_id in (:ids)")
                .param("ids", List.of(residentIds))
                .query(Long.class)
                .single();
    }

    @Test
    void importsUtf8CsvAndWritesATimelineEntryPerWorker() {
        String first = Rosters.residentId("433122");
        String second = Rosters.residentId("371321");
        Reply reply = caseworker()
                .postFile(
                        VALID_ROWS,
                        "roster.csv",
                        Rosters.csv(
                                StandardCharsets.UTF_8,
                                Rosters.HEADER,
                                Rosters.row("张三", first),
                                Rosters.row("李四", second)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json("total")).isEqualTo(2);
        assertThat(reply.json("accepted")).isEqualTo(2);
        assertThat(reply.json("rejected")).isEqualTo(0);
        assertThat(reply.json("status")).isEqualTo("DONE");
        assertThat(registered(first, second)).isEqualTo(2);
        for (String residentId : List.of(first, second)) {
            String workerId = jdbc.sql("select id::text from worker where resident_id = :id and import_id is not null")
                    .param("id", residentId)
                    .query(String.class)
                    .single();
            Reply timeline = caseworker().get("/api/v1/workers/" + workerId + "/timeline");
            assertThat(timeline.json("[0].kind")).isEqualTo("IMPORTED");
        }
    }

    @Test
    void importsUtf8WithByteOrderMark() {
        String id = Rosters.residentId("433123");
        byte[] csv = Rosters.csv(StandardCharsets.UTF_8, "\uFEFF" + Rosters.HEADER, Rosters.row("王五", id));

        Reply reply = caseworker().postFile(VALID_ROWS, "bom.csv", csv);

        assertThat(reply.json("accepted")).as(reply.body()).isEqualTo(1);
        assertThat(registered(id)).isEqualTo(1);
    }

    @Test
    void importsGb18030WithSimplifiedHeadersAndValues() {
        String id = Rosters.residentId("433124");
        byte[] csv = Rosters.csv(
                TableFormat.GB18030,
                "姓名,身份证号,手机号,户籍地,建档立卡贫困户,劳动能力,外出务工意愿,技能,求职意向,就业状况",
                "赵六," + id + ",13912345678,花垣县,是,半劳动力,否,,普工/装配工；缝纫工,外出务工");

        Reply reply = caseworker().postFile(VALID_ROWS, "名单.csv", csv);

        assertThat(reply.json("accepted")).as(reply.body()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select name || labor_capacity || situation || array_to_string(wanted_jobs, '+') from worker"
                                        + " where resident_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("赵六PARTIALEMPLOYED_AWAYASSEMBLY+SEWING");
    }

    @Test
    void importsXlsxWithTraditionalHeadersInAnyOrder() {
        String id = Rosters.residentId("433125");
        byte[] xlsx = Rosters.xlsx(List.of(List.of("身份證號", "姓名", "建檔立卡貧困戶", "勞動能力"), List.of(id, "張三豐", "是", "全勞動力")));

        Reply reply = caseworker().postFile(VALID_ROWS, "not-even-named-xlsx.bin", xlsx);

        assertThat(reply.json("accepted")).as(reply.body()).isEqualTo(1);
        assertThat(jdbc.sql("select name_simplified from worker where resident_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("张三丰");
    }

    @Test
    void importsEnglishHeadersWrittenAsPeopleWriteThem() {
        String id = Rosters.residentId("433126");
        byte[] csv = Rosters.csv(
                StandardCharsets.UTF_8,
                "Name,Resident ID,Registered poor,Labor capacity",
                "Li Ming," + id + ",yes,Full");

        Reply reply = caseworker().postFile(VALID_ROWS, "en.csv", csv);

        assertThat(reply.json("accepted")).as(reply.body()).isEqualTo(1);
    }

    @Test
    void allOrNothingSavesNothingWhenOneRowIsBad() {
        String good = Rosters.residentId("433127");
        String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? "2" : "1");
        Reply reply = caseworker()
                .postFile(
                        ALL_OR_NOTHING,
                        "roster.csv",
                        Rosters.csv(
                                StandardCharsets.UTF_8,
                                Rosters.HEADER,
                                Rosters.row("张三", good),
                                Rosters.row("李四", bad)));

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json("accepted")).isEqualTo(0);
        assertThat(reply.json("rejected")).isEqualTo(1);
        assertThat(reply.json("errors[0].row")).isEqualTo(3);
        assertThat(reply.json("errors[0].code")).isEqualTo("CHECKSUM");
        assertThat(registered(good, bad)).isZero();
    }

    @Test
    void validRowsSavesTheGoodRowsAndExplainsTheBadOnesInTheCallersLanguage() {
        String good = Rosters.residentId("433130");
        String otherGood = Rosters.residentId("433130");
        byte[] csv = Rosters.csv(
                StandardCharsets.UTF_8,
                Rosters.HEADER,
                Rosters.row("张三", good),
                "," + Rosters.residentId("433130") + ",12345,,也许,FULL,true,,ASSEMBLY",
                Rosters.row("王五", otherGood));

        Reply english = caseworker().language("en").postFile(VALID_ROWS, "roster.csv", csv);

        assertThat(english.json("accepted")).as(english.body()).isEqualTo(2);
        assertThat(english.json("rejected")).isEqualTo(1);
        assertThat(english.json("errors[*].row"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsOnly(3);
        assertThat(english.json("errors[*].field"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("registeredPoor", "name", "phone");
        assertThat(english.json("errors[?(@.field == 'registeredPoor')].message"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("“也许” is not one of the choices; please fill in as in the template.");
        assertThat(registered(good, otherGood)).isEqualTo(2);

        Reply report = caseworker().language("zh-CN").get("/api/v1/worker-imports/" + english.json("importId"));
        assertThat(report.json("errors[?(@.field == 'registeredPoor')].message"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("无法识别“也许”，请按模板填写。");
        assertThat(report.json("status")).isEqualTo("DONE");
        assertThat(report.json("progress")).isEqualTo(3);
    }

    @Test
    void importingTheSameFileAgainAddsNothing() {
        byte[] csv = Rosters.csv(
                StandardCharsets.UTF_8,
                Rosters.HEADER,
                Rosters.row("张三", Rosters.residentId("371323")),
                Rosters.row("李四", Rosters.residentId("371323")));
        assertThat(caseworker().postFile(ALL_OR_NOTHING, "a.csv", csv).json("accepted"))
                .isEqualTo(2);

        Reply again = caseworker().postFile(ALL_OR_NOTHING, "a.csv", csv);

        assertThat(again.json("accepted")).as(again.body()).isEqualTo(0);
        assertThat(again.json("skipped")).isEqualTo(2);
        assertThat(again.json("rejected")).isEqualTo(0);
        assertThat(again.json("errors[*].code"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsOnly("ALREADY_REGISTERED");
    }

    @Test
    void reportsADuplicateInsideTheFileNamingTheEarlierRow() {
        String id = Rosters.residentId("371325");
        byte[] csv = Rosters.csv(StandardCharsets.UTF_8, Rosters.HEADER, Rosters.row("张三", id), Rosters.row("张三", id));

        Reply reply = caseworker().language("en").postFile(VALID_ROWS, "dup.csv", csv);

        assertThat(reply.json("accepted")).isEqualTo(1);
        assertThat(reply.json("errors[0].row")).isEqualTo(3);
        assertThat(reply.json("errors[0].code")).isEqualTo("DUPLICATE_IN_FILE");
        assertThat(reply.json("errors[0].message")).isEqualTo("The same resident ID is on row 2.");
    }

    @Test
    void aPartnerImportsOnlyWorkersFromTheirRegions() {
        String own = Rosters.residentId("433122");
        String linyi = Rosters.residentId("371328");
        byte[] csv =
                Rosters.csv(StandardCharsets.UTF_8, Rosters.HEADER, Rosters.row("张三", own), Rosters.row("李四", linyi));

        Reply reply = ApiClient.as(port, "xiangxi").postFile(VALID_ROWS, "x.csv", csv);

        assertThat(reply.json("accepted")).as(reply.body()).isEqualTo(1);
        assertThat(reply.json("errors[0].code")).isEqualTo("OUT_OF_SCOPE");
        assertThat(reply.json("errors[0].row")).isEqualTo(3);
        assertThat(registered(linyi)).isZero();
        assertThat(ApiClient.as(port, "linyi")
                        .get("/api/v1/worker-imports/" + reply.json("importId"))
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.as(port, "xiangxi")
                        .get("/api/v1/worker-imports/" + reply.json("importId"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void employersWorkersAndApproversMayNotImport() {
        byte[] csv =
                Rosters.csv(StandardCharsets.UTF_8, Rosters.HEADER, Rosters.row("张三", Rosters.residentId("433122")));
        for (String user : List.of("employer", "worker", "approver")) {
            assertThat(ApiClient.as(port, user)
                            .postFile(VALID_ROWS, "x.csv", csv)
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(port).postFile(VALID_ROWS, "x.csv", csv).status())
                .isEqualTo(401);
    }
}
