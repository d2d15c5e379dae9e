package org.laborbridge.workers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An import whose process died is reported failed, while one still loading keeps running. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AbandonedImportTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anImportNobodyIsLoadingAnyMoreIsReportedFailed() {
        UUID id = runningSinceTwoMinutes();

        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void anImportStillHoldingItsTransactionKeepsRunning() throws Exception {
        UUID id = runningSinceTwoMinutes();
        try (Connection loading = dataSource.getConnection()) {
            loading.setAutoCommit(false);
            try (PreparedStatement lock =
                    loading.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, id.toString());
                lock.execute();
            }

            assertThat(status(id)).isEqualTo("RUNNING");

            loading.rollback();
        }
        assertThat(status(id)).isEqualTo("FAILED");
    }

    private UUID runningSinceTwoMinutes() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into worker_import (id, file_name, file_sha256, mode, status, started_by, started_at)
                        values (:id, 'roster.csv', 'x', 'VALID_ROWS', 'RUNNING', 'caseworker',
                                now() - interval '2 minutes')
                        """).param("id", id).update();
        return id;
    }

    private Object status(UUID id) {
        return ApiClient.as(port, "caseworker")
                .get("/api/v1/worker-imports/" + id)
                .json("status");
    }
}
