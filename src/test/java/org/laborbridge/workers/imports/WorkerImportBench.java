package org.laborbridge.workers.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.support.TestResidentIds;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import throughput against a raw COPY of the same file, on the same database in the same run:
 * the ratio says what checking every row, deriving search keys, staging, skipping registered
 * IDs, the registry's indexes and the timeline cost on top of PostgreSQL's own speed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerImportBench {

    static final int ROWS = 1_000_000;
    /** Counties the demo generator never uses, so the bench's people are new to the registry. */
    static final List<String> COUNTIES = List.of("522301", "522302", "522325", "522328");

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂";

    @Autowired
    WorkerImports imports;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void importsAMillionRowsNearRawCopySpeed(@TempDir Path directory) throws Exception {
        Path csv = generate(directory.resolve("roster.csv"));

        long rawStart = System.nanoTime();
        long copied = rawCopy(csv);
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "bench", null, List.of(new SimpleGrantedAuthority("ROLE_CASEWORKER"))));
        long importStart = System.nanoTime();
        ImportRecord result = imports.run(csv, "roster.csv", ImportMode.VALID_ROWS, null);
        double importSeconds = (System.nanoTime() - importStart) / 1e9;

        double floorSeconds = indexedCopy(result.id());

        double rawRate = copied / rawSeconds;
        double importRate = result.accepted() / importSeconds;
        double floorRate = result.accepted() / floorSeconds;
        System.out.printf(
                """

                ==== WorkerImportBench (%s, %d CPUs, max heap %d MB) ====
                file               %,d rows, %,d MB
                raw COPY           %,d rows in %.1f s = %,.0f rows/s
                import VALID_ROWS  %,d added, %,d refused in %.1f s = %,.0f rows/s
                ratio import/raw   %.2f (goal >= 0.50)
                indexed COPY       %,d finished rows into a copy of the registry table with its indexes in %.1f s = %,.0f rows/s
                ratio import/indexed COPY %.2f (what checking and deriving cost on top of the indexes)
                =====================================================
                """,
                System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                ROWS,
                Files.size(csv) >> 20,
                copied,
                rawSeconds,
                rawRate,
                result.accepted(),
                result.rejected(),
                importSeconds,
                importRate,
                importRate / rawRate,
                result.accepted(),
                floorSeconds,
                floorRate,
                importRate / floorRate);
    }

    static Path generate(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(Rosters.HEADER);
            out.write("\r\n");
            for (int i = 0; i < ROWS; i++) {
                String county = COUNTIES.get(i % COUNTIES.size());
                int n = i / COUNTIES.size();
                LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(n / 900);
                String body = county + birth.toString().replace("-", "") + String.format("%03d", 100 + n % 900);
                String name = "" + SURNAMES.charAt(i % SURNAMES.length())
                        + GIVEN.charAt((i / 7) % GIVEN.length())
                        + GIVEN.charAt((i / 3) % GIVEN.length());
                out.write(name + "," + body + TestResidentIds.checkCharacter(body) + ",1" + (3 + i % 7)
                        + String.format("%09d", i) + "," + county + ",是,FULL,true,ELECTRICIAN_LICENCE,ASSEMBLY\r\n");
            }
        }
        return file;
    }

    /**
     * The database's own floor for the load: the imported rows, already checked and derived, copied
     * into a table with the same columns, constraints and indexes as the registry.
     */
    double indexedCopy(java.util.UUID importId) throws Exception {
        Path rows = Files.createTempFile("bench-workers", ".copy");
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (var out = Files.newOutputStream(rows)) {
                copy.copyOut("copy (select * from worker where import_id = '" + importId + "') to stdout", out);
            }
            connection.createStatement().execute("drop table if exists bench_indexed_worker");
            connection.createStatement().execute("create table bench_indexed_worker (like worker including all)");
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(rows)) {
                copy.copyIn("copy bench_indexed_worker from stdin", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            connection.createStatement().execute("drop table bench_indexed_worker");
            return seconds;
        } finally {
            Files.deleteIfExists(rows);
        }
    }

    long rawCopy(Path csv) throws Exception {
        try (Connection connection = dataSource.getConnection();
                InputStream in = Files.newInputStream(csv)) {
            connection.createStatement().execute("drop table if exists bench_raw_roster");
            connection
                    .createStatement()
                    .execute("create table bench_raw_roster (name text, resident_id text, phone text,"
                            + " household_region text, registered_poor text, labor_capacity text,"
                            + " willing_to_migrate text, skills text, wanted_jobs text)");
            long copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_raw_roster from stdin with (format csv, header true)", in);
            connection.createStatement().execute("drop table bench_raw_roster");
            return copied;
        }
    }
}
