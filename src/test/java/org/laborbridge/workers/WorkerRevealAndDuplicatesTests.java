package org.laborbridge.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.workers.WorkerBodies.register;
import static org.laborbridge.workers.WorkerBodies.with;
import static org.laborbridge.workers.WorkerBodies.worker;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Full numbers only on purpose and on the record; look-alike records offered until decided. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerRevealAndDuplicatesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker").language("en");
    }

    @Test
    void revealsAFullNumberAndWritesItToTheAuditLog() {
        String residentId = TestResidentIds.next("433122");
        String phone = TestResidentIds.nextPhone();
        String id = register(caseworker(), with(worker("符开心", residentId), "phone", phone));

        Reply reply = ApiClient.as(port, "xiangxi").post("/api/v1/workers/" + id + "/reveal?field=phone", "");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json("value")).isEqualTo(phone);
        assertThat(auditRows("xiangxi", "VIEW_FULL_PHONE", id)).isEqualTo(1);
    }

    @Test
    void auditsTheFullNumbersShownOnARecordAndNotThoseOfAList() {
        String residentId = TestResidentIds.next("433123");
        String id = register(caseworker(), worker("符安静", residentId));
        long before = auditRows("admin", "VIEW_FULL_RESIDENT_ID", id);

        ApiClient.as(port, "admin").get("/api/v1/workers?q=" + residentId.substring(12));
        assertThat(auditRows("admin", "VIEW_FULL_RESIDENT_ID", id)).isEqualTo(before);

        Reply record = ApiClient.as(port, "admin").get("/api/v1/workers/" + id);
        assertThat(record.json("residentId")).isEqualTo(residentId);
        assertThat(auditRows("admin", "VIEW_FULL_RESIDENT_ID", id)).isEqualTo(before + 1);
    }

    @Test
    void refusesToRevealAnUnknownField() {
        String id = register(caseworker(), worker("符平", TestResidentIds.next("433124")));

        Reply reply = caseworker().post("/api/v1/workers/" + id + "/reveal?field=name", "");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].field")).isEqualTo("field");
    }

    @Test
    void listsRecordsWithTheSamePhoneUntilDismissed() {
        String phone = TestResidentIds.nextPhone();
        String first = register(caseworker(), with(worker("杨一号", TestResidentIds.next("433125")), "phone", phone));
        String second = register(caseworker(), with(worker("杨二号", TestResidentIds.next("433126")), "phone", phone));
        assertThat(pairs()).contains(pair(first, second, "SAME_PHONE"));

        Reply decided = caseworker()
                .post(
                        "/api/v1/workers/duplicates/decisions",
                        WorkerBodies.json(Map.of("first", second, "second", first, "decision", "DIFFERENT_PEOPLE")));

        assertThat(decided.status()).isEqualTo(204);
        assertThat(pairs()).doesNotContain(pair(first, second, "SAME_PHONE"));
        assertThat(caseworker().get("/api/v1/workers/" + first + "/timeline").body())
                .contains("DUPLICATE_DECIDED");
    }

    @Test
    void marksTheNewerOfTheSamePersonAsDuplicateAndHidesItFromSearch() {
        String older = register(caseworker(), worker("覃同名", TestResidentIds.next("433127")));
        // Same name and birth date under a different ID number, as a mistyped sequence digit gives.
        String olderBirth =
                (String) caseworker().get("/api/v1/workers/" + older).json("birthDate");
        String sameBirth = TestResidentIds.withCheck("433127" + olderBirth.replace("-", "") + "005");
        String newer = register(caseworker(), worker("覃同名", sameBirth));
        assertThat(pairs()).contains(pair(older, newer, "SAME_NAME_AND_BIRTH_DATE"));

        caseworker()
                .post(
                        "/api/v1/workers/duplicates/decisions",
                        WorkerBodies.json(Map.of("first", older, "second", newer, "decision", "SAME_PERSON")));

        assertThat(caseworker().get("/api/v1/workers/" + newer).json("duplicateOf"))
                .isEqualTo(older);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) caseworker()
                .get("/api/v1/workers?q=%E8%A6%83%E5%90%8C%E5%90%8D")
                .json("items[*].id");
        assertThat(found).contains(older).doesNotContain(newer);
    }

    private long auditRows(String actor, String action, String subject) {
        return jdbc.sql("select count(*) from audit_log where actor = :actor and action = :action and subject_id = :id")
                .param("actor", actor)
                .param("action", action)
                .param("id", subject)
                .query(Long.class)
                .single();
    }

    /** Each pair as [first, second, reason] with the ids in a fixed order, for comparison. */
    private List<List<String>> pairs() {
        Reply reply = caseworker().get("/api/v1/workers/duplicates?limit=500");
        assertThat(reply.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) reply.json("[*]");
        return pairs.stream()
                .map(pair -> {
                    String a = (String) ((Map<?, ?>) pair.get("first")).get("id");
                    String b = (String) ((Map<?, ?>) pair.get("second")).get("id");
                    return List.of(a, b, (String) pair.get("reason"));
                })
                .map(pair -> pair(pair.get(0), pair.get(1), pair.get(2)))
                .toList();
    }

    /** The two ids in a fixed order, since the list names them in the database's order. */
    private static List<String> pair(String a, String b, String reason) {
        return a.compareTo(b) < 0 ? List.of(a, b, reason) : List.of(b, a, reason);
    }
}
