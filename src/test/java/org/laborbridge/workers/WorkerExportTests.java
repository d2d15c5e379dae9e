package org.laborbridge.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.workers.WorkerBodies.register;
import static org.laborbridge.workers.WorkerBodies.with;
import static org.laborbridge.workers.WorkerBodies.worker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Exports: masked unless asked and allowed, safe to open in Excel, always audit-logged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerExportTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker").language("en");
    }

    @Test
    void exportsMaskedCsvWithABomAndNeutralisedFormulas() {
        String residentId = TestResidentIds.next("433122");
        register(caseworker(), with(worker("=HYPERLINK(\"http://x\")", residentId), "notes", "x"));
        long exportsBefore = exports("xiangxi");

        Reply reply = ApiClient.as(port, "xiangxi")
                .language("en")
                .get("/api/v1/workers/export?format=csv&q=" + residentId.substring(10));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).contains("attachment").contains(".csv");
        String body = reply.body();
        assertThat(body).startsWith("\uFEFFName,Resident ID,Sex");
        assertThat(body).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(body).contains(residentId.substring(0, 6) + "********" + residentId.substring(14));
        assertThat(body).doesNotContain(residentId);
        assertThat(body.lines().count()).isEqualTo(2);
        assertThat(exports("xiangxi")).isEqualTo(exportsBefore + 1);
        assertThat(lastExportDetail("xiangxi")).contains("rows=1").contains("format=csv");
    }

    @Test
    void exportsFullNumbersOnlyToBureauStaffWhoAsk() {
        String residentId = TestResidentIds.next("433123");
        register(caseworker(), worker("全号码", residentId));
        String path = "/api/v1/workers/export?format=csv&full=true&q=" + residentId.substring(10);

        assertThat(caseworker().get(path).body()).contains(residentId);
        assertThat(ApiClient.as(port, "xiangxi").get(path).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "approver").get(path).status()).isEqualTo(403);
        assertThat(lastExportDetail("caseworker")).contains("full=true").contains("rows=1");
    }

    @Test
    void exportsXlsxWithLocalisedHeadersAndTextCells() throws IOException {
        String residentId = TestResidentIds.next("433124");
        register(caseworker(), worker("@SUM(1+1)", residentId));

        byte[] file = ApiClient.as(port, "caseworker")
                .language("zh-CN")
                .download("/api/v1/workers/export?format=xlsx&q=" + residentId.substring(10));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row first = workbook.getSheetAt(0).getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'@SUM(1+1)");
            assertThat(first.getCell(1).getStringCellValue()).contains("********");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void refusesAnUnknownFormatOrSortBeforeWritingAnything() {
        Reply format = caseworker().get("/api/v1/workers/export?format=pdf");
        Reply sort = caseworker().get("/api/v1/workers/export?format=csv&sort=resident_id");

        assertThat(format.status()).isEqualTo(422);
        assertThat(sort.status()).isEqualTo(422);
        assertThat(sort.json("errors[0].field")).isEqualTo("sort");
        assertThat(new String(sort.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain("\uFEFF");
    }

    private long exports(String actor) {
        return jdbc.sql("select count(*) from audit_log where actor = :actor and action = 'EXPORT'")
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    private String lastExportDetail(String actor) {
        return jdbc.sql(
                        "select detail from audit_log where actor = :actor and action = 'EXPORT' order by id desc limit 1")
                .param("actor", actor)
                .query(String.class)
                .single();
    }
}
