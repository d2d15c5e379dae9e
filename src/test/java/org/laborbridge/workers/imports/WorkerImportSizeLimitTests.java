package org.laborbridge.workers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A roster over the upload limit is refused before it is read; the limit is lowered here to keep the test small. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB"})
class WorkerImportSizeLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesAFileOverTheLimitWithProblemDetailsAndSavesNothing() {
        long before =
                jdbc.sql("select count(*) from worker_import").query(Long.class).single();
        byte[] large = new byte[200 * 1024];
        Arrays.fill(large, (byte) 'a');

        Reply reply = ApiClient.as(port, "caseworker")
                .language("en")
                .postFile("/api/v1/worker-imports?mode=VALID_ROWS", "huge.csv", large);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json("title")).isEqualTo("File too large");
        assertThat(jdbc.sql("select count(*) from worker_import")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(ApiClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    }
}
