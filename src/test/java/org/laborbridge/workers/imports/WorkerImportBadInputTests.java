package org.laborbridge.workers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files that are broken, hostile or not rosters at all: a clear refusal, nothing saved, the server still answering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerImportBadInputTests {

    static final String VALID_ROWS = "/api/v1/worker-imports?mode=VALID_ROWS";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkerImports imports;

    Reply upload(String name, byte[] content) {
        return ApiClient.as(port, "caseworker").language("en").postFile(VALID_ROWS, name, content);
    }

    long workers() {
        return jdbc.sql("select count(*) from worker").query(Long.class).single();
    }

    void assertRefused(Reply reply, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json("errors[0].code")).isEqualTo(code);
        assertThat((String) reply.json("errors[0].message")).isNotBlank().doesNotContain("workerImport.");
    }

    @Test
    void refusesAnEmptyFile() {
        long before = workers();
        assertRefused(upload("empty.csv", new byte[0]), "EMPTY");
        assertThat(workers()).isEqualTo(before);
    }

    @Test
    void refusesAHeaderWithoutRows() {
        assertRefused(upload("header.csv", Rosters.csv(StandardCharsets.UTF_8, Rosters.HEADER)), "NO_ROWS");
    }

    @Test
    void namesAnUnknownHeaderAndAMissingRequiredOne() {
        Reply reply = upload("typo.csv", Rosters.csv(StandardCharsets.UTF_8, "name,residentID_number", "张三,x"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[*].code"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly("UNKNOWN_HEADER", "MISSING_HEADER");
        assertThat(reply.json("errors[0].message"))
                .isEqualTo("Unknown column header “residentID_number”; please use the column names of the template.");
        assertThat(reply.json("errors[1].message")).isEqualTo("The required column “residentId” is missing.");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 0;
        long before = workers();

        assertRefused(upload("roster.csv", garbage), "NOT_A_TABLE");
        assertThat(workers()).isEqualTo(before);
    }

    @Test
    void reportsARowWithTheWrongNumberOfColumns() {
        String good = Rosters.residentId("433122");
        Reply reply = upload(
                "cols.csv", Rosters.csv(StandardCharsets.UTF_8, Rosters.HEADER, Rosters.row("张三", good), "李四,1,2"));

        assertThat(reply.json("rejected")).isEqualTo(1);
        assertThat(reply.json("errors[0].row")).isEqualTo(3);
        assertThat(reply.json("errors[0].code")).isEqualTo("COLUMNS");
        assertThat(reply.json("errors[0].message")).isEqualTo("This row has 3 columns, the header has 9.");
    }

    @Test
    void reportsTheRowWhereAQuoteIsNeverClosed() {
        String good = Rosters.residentId("433122");
        Reply reply = upload(
                "quote.csv",
                Rosters.csv(
                        StandardCharsets.UTF_8,
                        Rosters.HEADER,
                        Rosters.row("张三", good),
                        "\"李四," + Rosters.residentId("433122") + ",,,,,,,",
                        Rosters.row("王五", Rosters.residentId("433122"))));

        assertThat(reply.json("errors[0].row")).as(reply.body()).isEqualTo(3);
        assertThat(reply.json("errors[0].code")).isEqualTo("UNCLOSED_QUOTE");
        assertThat(reply.json("accepted")).isEqualTo(1);
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(upload("roster.xlsx", zip.toByteArray()), "NOT_A_WORKBOOK");
        byte[] truncated = java.util.Arrays.copyOf(Rosters.xlsx(List.of(List.of("name"))), 300);
        assertRefused(upload("roster.xlsx", truncated), "NOT_A_WORKBOOK");
    }

    @Test
    void refusesAZipBombWithoutInflatingIt() throws IOException {
        byte[] workbook = Rosters.xlsx(List.of(List.of("name", "residentId"), List.of("张三", "x")));
        byte[] bomb = replaceEntry(workbook, "xl/worksheets/sheet1.xml", out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).isLessThan(1 << 20);
        long before = workers();

        assertRefused(upload("bomb.xlsx", bomb), "TOO_LARGE");
        assertThat(workers()).isEqualTo(before);
        assertThat(ApiClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void neverResolvesExternalEntities(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "SECRET-FROM-THE-SERVER");
        String id = Rosters.residentId("433122");
        byte[] workbook = Rosters.xlsx(List.of(List.of("name", "residentId"), List.of("张三", id)));
        byte[] hostile = replaceEntry(
                workbook,
                "xl/worksheets/sheet1.xml",
                out -> out.write(("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "%s">]>
                        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                        <row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>residentId</t></is></c></row>
                        <row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c><c r="B2" t="inlineStr"><is><t>%s</t></is></c></row>
                        </sheetData></worksheet>
                        """.formatted(secret.toUri(), id)).getBytes(StandardCharsets.UTF_8)));

        Reply reply = upload("xxe.xlsx", hostile);

        assertThat(reply.body()).doesNotContain("SECRET-FROM-THE-SERVER");
        assertThat(jdbc.sql("select count(*) from worker where name like '%SECRET%' or resident_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(reply.status()).isEqualTo(422);
    }

    @Test
    void anImportThatFailsAfterTheLoadLeavesNothing() {
        String first = Rosters.residentId("433123");
        String second = Rosters.residentId("433123");
        imports.beforeCommit = () -> {
            throw new IllegalStateException("Power cut between the load and the commit");
        };
        try {
            Reply reply = upload(
                    "roster.csv",
                    Rosters.csv(
                            StandardCharsets.UTF_8,
                            Rosters.HEADER,
                            Rosters.row("张三", first),
                            Rosters.row("李四", second)));
            assertThat(reply.status()).isEqualTo(500);
        } finally {
            imports.beforeCommit = () -> {};
        }
        assertThat(jdbc.sql("select count(*) from worker where resident_id in (:ids)")
                        .param("ids", List.of(first, second))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select status from worker_import order by started_at desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
    }

    interface EntryWriter {
        void write(ZipOutputStream out) throws IOException;
    }

    static byte[] replaceEntry(byte[] zip, String name, EntryWriter replacement) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(result)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    replacement.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }
}
