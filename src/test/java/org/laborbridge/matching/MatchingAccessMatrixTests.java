package org.laborbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.EmployerFixtures;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may ask for which recommendations: a worker in Luxi (Xiangxi) and a posting of a fresh
 * enterprise. Bureau staff see both ways; the Xiangxi partner sees the worker and, for the posting,
 * only Xiangxi workers; the Linyi partner does not learn the worker exists; an employer sees only
 * their own postings' candidates, masked; approvers are refused; a worker asks only about themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MatchingAccessMatrixTests {

    private static final String API = "/api/v1/matching";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Accounts accounts;

    MatchingFixtures fixtures;
    EmployerFixtures employers;

    @BeforeEach
    void fixtures() {
        employers = new EmployerFixtures(port, context);
        fixtures = new MatchingFixtures(employers, registry);
    }

    @ParameterizedTest(name = "{0}: for the worker {1}, for the posting {2}")
    @CsvSource({
        "admin,      200, 200",
        "caseworker, 200, 200",
        "xiangxi,    200, 200",
        "linyi,      404, 200",
        "approver,   403, 403",
        "employer,   403, 403",
        "worker,     404, 403",
        "owner,      403, 200",
        "self,       200, 403",
    })
    void apiDecidesByRoleAndScope(String who, int forWorker, int forPosting) {
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        String enterprise = fixtures.enterprise();
        String posting = fixtures.published(enterprise, "HANDICRAFT", 2);
        ApiClient caller = switch (who) {
            case "owner" -> employers.employerUserOf(enterprise);
            case "self" -> workerUserOf(worker);
            default -> ApiClient.as(port, who);
        };

        assertThat(caller.get(API + "/workers/" + worker.id() + "/recommendations?n=5")
                        .status())
                .as("for the worker")
                .isEqualTo(forWorker);
        assertThat(caller.get(API + "/postings/" + posting + "/recommendations?n=5")
                        .status())
                .as("for the posting")
                .isEqualTo(forPosting);
    }

    @Test
    void unknownRecordsAreMissingAndABadNIsRefusedPlainly() {
        ApiClient admin = ApiClient.as(port, "admin").language("en");
        assertThat(admin.get(API + "/workers/" + UUID.randomUUID() + "/recommendations")
                        .status())
                .isEqualTo(404);
        assertThat(admin.get(API + "/postings/" + UUID.randomUUID() + "/recommendations")
                        .status())
                .isEqualTo(404);
        assertThat(admin.get(API + "/postings/not-an-id/recommendations").status())
                .isEqualTo(404);

        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        for (String n : List.of("0", "51", "-3")) {
            Reply refused = admin.get(API + "/workers/" + worker.id() + "/recommendations?n=" + n);
            assertThat(refused.status()).as("n=" + n).isEqualTo(422);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(refused.json("errors[0].field")).isEqualTo("n");
            assertThat((String) refused.json("errors[0].message")).contains("between 1 and 50");
        }
    }

    @Test
    void anEmployerSeesTheCandidatesMaskedAndOnlyThoseSeekingWork() {
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        String enterprise = fixtures.enterprise();
        String posting = fixtures.published(enterprise, "HANDICRAFT", 2);

        Reply reply = employers.employerUserOf(enterprise).get(API + "/postings/" + posting + "/recommendations?n=50");

        assertThat(reply.status()).isEqualTo(200);
        List<Map<String, Object>> items = items(reply);
        assertThat(items).isNotEmpty();
        assertThat(items)
                .extracting(item -> item.get("worker"))
                .contains(worker.id().toString());
        assertThat(items).allSatisfy(item -> {
            assertThat((String) item.get("residentId")).contains("********");
            assertThat(item.get("phone") == null || ((String) item.get("phone")).contains("****"))
                    .isTrue();
            assertThat(item).doesNotContainKey("registeredPoor");
            assertThat(item.toString()).doesNotContain("贫困");
        });
    }

    @Test
    void onlyTheBureauAndPartnersLearnThatACandidateIsRegisteredPoor() {
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        String enterprise = fixtures.enterprise();
        String posting = fixtures.published(enterprise, "HANDICRAFT", 2);
        String path = API + "/postings/" + posting + "/recommendations?n=50";

        for (ApiClient caller : List.of(ApiClient.as(port, "caseworker"), ApiClient.as(port, "xiangxi"))) {
            assertThat(items(caller.get(path)))
                    .filteredOn(item -> worker.id().toString().equals(item.get("worker")))
                    .singleElement()
                    .satisfies(item -> assertThat(item.get("registeredPoor")).isEqualTo(true));
        }
        assertThat(items(employers.employerUserOf(enterprise).get(path)))
                .filteredOn(item -> worker.id().toString().equals(item.get("worker")))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item).doesNotContainKey("registeredPoor");
                    assertThat(item.toString()).doesNotContain("贫困");
                });
    }

    @Test
    void aPartnerSeesOnlyTheWorkersOfTheirRegionsForAPosting() {
        fixtures.worker("HANDICRAFT");
        String posting = fixtures.published(fixtures.enterprise(), "HANDICRAFT", 2);

        Reply reply = ApiClient.as(port, "xiangxi").get(API + "/postings/" + posting + "/recommendations?n=50");

        assertThat(items(reply))
                .isNotEmpty()
                .allSatisfy(
                        item -> assertThat((String) item.get("householdCounty")).startsWith("4331"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Reply reply) {
        return (List<Map<String, Object>>) reply.json("items");
    }

    private ApiClient workerUserOf(WorkerRecord worker) {
        TestUsers users = new TestUsers(context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class));
        String username = users.create(Role.WORKER);
        accounts.linkWorker(username, worker.id().value());
        return ApiClient.as(port, username, TestUsers.PASSWORD);
    }
}
