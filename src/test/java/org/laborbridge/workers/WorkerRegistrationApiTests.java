package org.laborbridge.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.workers.WorkerBodies.json;
import static org.laborbridge.workers.WorkerBodies.register;
import static org.laborbridge.workers.WorkerBodies.with;
import static org.laborbridge.workers.WorkerBodies.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering, reading and changing workers over real HTTP: one person, one record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerRegistrationApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient caseworker() {
        return ApiClient.as(port, "caseworker").language("en");
    }

    @Test
    void registersAWorkerAndReadsBirthDateSexAndHouseholdFromTheId() {
        String residentId = TestResidentIds.next("433122", true);
        Map<String, Object> body = with(
                with(with(worker("彭桂兰", residentId), "phone", TestResidentIds.nextPhone()), "registeredPoor", true),
                "skills",
                List.of("ELECTRICIAN_LICENCE"));

        Reply reply = caseworker().post("/api/v1/workers", json(body));

        assertThat(reply.status()).isEqualTo(201);
        String id = (String) reply.json("id");
        assertThat(reply.header("Location")).endsWith("/api/v1/workers/" + id);
        assertThat(reply.json("residentId")).isEqualTo(residentId);
        assertThat(reply.json("sex")).isEqualTo("FEMALE");
        assertThat(reply.json("householdRegion.code")).isEqualTo("433122");
        assertThat(reply.json("householdRegion.name")).isEqualTo("泸溪县");
        assertThat(reply.json("registeredPoor")).isEqualTo(true);
        assertThat(reply.json("poorConfirmed")).isEqualTo(false);
        assertThat(reply.json("laborCapacity")).isEqualTo("FULL");
        assertThat(reply.json("skills[0]")).isEqualTo("ELECTRICIAN_LICENCE");

        Reply read = caseworker().get("/api/v1/workers/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json("name")).isEqualTo("彭桂兰");
        assertThat(read.json("birthDate"))
                .isEqualTo(residentId.substring(6, 10) + "-" + residentId.substring(10, 12) + "-"
                        + residentId.substring(12, 14));
    }

    @Test
    void acceptsTheHouseholdRegionByName() {
        Map<String, Object> body =
                with(worker("田小军", TestResidentIds.next("433122")), "householdRegion", Map.of("name", "凤凰县"));

        Reply reply = caseworker().post("/api/v1/workers", json(body));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json("householdRegion.code")).isEqualTo("433123");
    }

    @Test
    void masksNumbersOnARecordForAnApprover() {
        String residentId = TestResidentIds.next("433124");
        String id = register(caseworker(), with(worker("石大海", residentId), "phone", "13907439876"));

        Reply reply = ApiClient.as(port, "approver").get("/api/v1/workers/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json("residentId"))
                .isEqualTo(residentId.substring(0, 6) + "********" + residentId.substring(14));
        assertThat(reply.json("phone")).isEqualTo("139****9876");
        assertThat((String) reply.json("birthDate"))
                .as("the masked middle of the ID")
                .isNull();
        assertThat(reply.json("birthYear")).isEqualTo(Integer.parseInt(residentId.substring(6, 10)));
    }

    @Test
    void aPartnerLearnsThatANumberIsTakenButNotWhoHoldsIt() {
        String residentId = TestResidentIds.next("371323");
        register(caseworker(), worker("刘玉兰", residentId));

        Reply reply = ApiClient.as(port, "xiangxi")
                .post(
                        "/api/v1/workers",
                        json(with(worker("刘玉兰", residentId), "householdRegion", Map.of("code", "433122"))));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).doesNotContain("existingId").doesNotContain("/api/v1/workers/");
    }

    @Test
    void refusesASecondRegistrationNamingTheExistingWorker() {
        String residentId = TestResidentIds.next("433125");
        String id = register(caseworker(), worker("龙春花", residentId));

        Reply again = caseworker().post("/api/v1/workers", json(worker("龙春花", residentId)));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json("existingId")).isEqualTo(id);
        assertThat(again.json("existing")).isEqualTo("/api/v1/workers/" + id);
    }

    @Test
    void treatsTheLegacyFifteenDigitNumberAsTheSamePerson() {
        String residentId = TestResidentIds.next("433126");
        String id = register(caseworker(), worker("麻建国", residentId));

        Reply again = caseworker().post("/api/v1/workers", json(worker("麻建国", TestResidentIds.legacy(residentId))));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json("existingId")).isEqualTo(id);
    }

    @Test
    void concurrentRegistrationsOfOneIdLeaveExactlyOneRecord() throws Exception {
        String residentId = TestResidentIds.next("433127");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            attempts.add(() -> {
                start.await();
                return caseworker()
                        .post("/api/v1/workers", json(worker("向同时", residentId)))
                        .status();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = attempts.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }

            assertThat(statuses)
                    .containsOnly(201, 409)
                    .filteredOn(s -> s == 201)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from worker where resident_id = :id")
                        .param("id", residentId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void reportsEveryMistakeAtOnce() {
        Map<String, Object> body = with(
                with(with(worker("", "433122199001011230"), "phone", "12345"), "laborCapacity", "SOME"),
                "skills",
                List.of("JUGGLING"));

        Reply reply = caseworker().post("/api/v1/workers", json(body));

        assertThat(reply.status()).isEqualTo(422);
        List<String> fields = reply.response().body().isEmpty() ? List.of() : fields(reply);
        assertThat(fields).contains("name", "residentId", "phone", "laborCapacity", "skills");
    }

    @Test
    void keepsMarkupInNamesAndNotesExactlyAsTyped() {
        String name = "<script>alert(1)</script>";
        String notes = "\"><img src=x onerror=alert(1)>";
        String id = register(caseworker(), with(worker(name, TestResidentIds.next("433130")), "notes", notes));

        Reply reply = caseworker().get("/api/v1/workers/" + id);

        assertThat(reply.json("name")).isEqualTo(name);
        assertThat(reply.json("notes")).isEqualTo(notes);
    }

    @Test
    void recordsEditsFieldByFieldWithNumbersMasked() {
        String residentId = TestResidentIds.next("433122");
        String id = register(caseworker(), with(worker("彭立新", residentId), "phone", "13907431111"));
        Map<String, Object> changed = with(
                with(with(worker("彭立新", residentId), "phone", "13907432222"), "situation", "EMPLOYED_AWAY"),
                "version",
                0);

        Reply reply = caseworker().put("/api/v1/workers/" + id, json(changed));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json("situation")).isEqualTo("EMPLOYED_AWAY");
        assertThat(reply.json("version")).isEqualTo(1);
        Reply timeline = caseworker().get("/api/v1/workers/" + id + "/timeline");
        assertThat(timeline.json("[0].kind")).isEqualTo("REGISTERED");
        assertThat(timeline.json("[1].kind")).isEqualTo("CHANGED");
        assertThat(timeline.json("[1].actor")).isEqualTo("caseworker");
        assertThat(timeline.json("[1].changes.phone.from")).isEqualTo("139****1111");
        assertThat(timeline.json("[1].changes.phone.to")).isEqualTo("139****2222");
        assertThat(timeline.json("[1].changes.situation.to")).isEqualTo("EMPLOYED_AWAY");
        assertThat(timeline.body()).doesNotContain("13907432222");
    }

    @Test
    void refusesAnEditMadeOnAnOutdatedVersion() {
        String residentId = TestResidentIds.next("433123");
        String id = register(caseworker(), worker("吴秀珍", residentId));
        caseworker()
                .put("/api/v1/workers/" + id, json(with(with(worker("吴秀珍", residentId), "notes", "一"), "version", 0)));

        Reply stale = caseworker()
                .put("/api/v1/workers/" + id, json(with(with(worker("吴秀珍", residentId), "notes", "二"), "version", 0)));

        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void refusesCorrectingAnIdToOneAlreadyRegistered() {
        String taken = TestResidentIds.next("433124");
        String takenBy = register(caseworker(), worker("甲", taken));
        String id = register(caseworker(), worker("乙", TestResidentIds.next("433124")));

        Reply reply = caseworker().put("/api/v1/workers/" + id, json(worker("乙", taken)));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json("existingId")).isEqualTo(takenBy);
    }

    @Test
    void answersAnUnknownOrMalformedIdWithNotFound() {
        assertThat(caseworker()
                        .get("/api/v1/workers/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(caseworker().get("/api/v1/workers/not-an-id").status()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Reply reply) {
        return (List<String>) reply.json("errors[*].field");
    }
}
