package org.laborbridge.workers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Templates carry the headers in the reader's language, and a filled-in template imports as it is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RosterTemplateTests {

    @LocalServerPort
    int port;

    @Test
    void csvTemplateHasTraditionalHeaders() {
        byte[] csv =
                ApiClient.as(port, "xiangxi").download("/api/v1/worker-imports/template?format=csv&language=zh-TW");

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF姓名,身份證號,手機號,戶籍地,建檔立卡貧困戶");
    }

    @Test
    void xlsxTemplateFollowsTheCallersLanguage() throws IOException {
        byte[] xlsx = ApiClient.as(port, "caseworker").language("en").download("/api/v1/worker-imports/template");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Resident ID");
        }
    }

    @Test
    void theExampleRowOfATemplateIsAValidRow() {
        byte[] csv = ApiClient.as(port, "admin").download("/api/v1/worker-imports/template?format=csv&language=en");

        var reply = ApiClient.as(port, "admin").postFile("/api/v1/worker-imports?mode=VALID_ROWS", "template.csv", csv);

        assertThat(reply.json("rejected")).as(reply.body()).isEqualTo(0);
    }
}
