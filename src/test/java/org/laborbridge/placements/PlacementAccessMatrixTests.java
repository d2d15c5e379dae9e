package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may do what with which placement, over real HTTP. The placement's worker comes from 沂水
 * (371323): in scope for the partner "linyi", out of scope (404, as if missing) for "xiangxi".
 * "own-employer" is linked to the placement's enterprise, "other-employer" to another one;
 * "own-worker" is the placed worker, the demo "worker" someone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacementAccessMatrixTests {

    private static final String YISHUI = "371323";

    @LocalServerPort
    int port;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Placements placements;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    PasswordEncoder passwords;

    PlacementFixtures fixtures;
    JobPostingView posting;
    TestUsers users;
    String ownEmployer;
    String otherEmployer;

    @BeforeAll
    void setUp() {
        fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        users = new TestUsers(userAccounts, passwords);
        posting = fixtures.posting("权限测试机械厂", 500);
        JobPostingView elsewhere = fixtures.posting("权限测试另一厂", 5);
        ownEmployer = users.create(Role.EMPLOYER);
        accounts.linkEmployer(ownEmployer, posting.employerId().value());
        otherEmployer = users.create(Role.EMPLOYER);
        accounts.linkEmployer(otherEmployer, elsewhere.employerId().value());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,          list,      listed",
        "caseworker,     list,      listed",
        "approver,       list,      listed",
        "linyi,          list,      listed",
        "xiangxi,        list,      hidden",
        "own-employer,   list,      listed",
        "other-employer, list,      hidden",
        "own-worker,     list,      listed",
        "worker,         list,      hidden",
        "admin,          view,      200",
        "caseworker,     view,      200",
        "approver,       view,      200",
        "linyi,          view,      200",
        "xiangxi,        view,      404",
        "own-employer,   view,      200",
        "other-employer, view,      404",
        "own-worker,     view,      200",
        "worker,         view,      404",
        "admin,          start,     200",
        "caseworker,     start,     200",
        "approver,       start,     403",
        "linyi,          start,     403",
        "xiangxi,        start,     404",
        "own-employer,   start,     200",
        "other-employer, start,     404",
        "own-worker,     start,     403",
        "worker,         start,     404",
        "admin,          retention, 200",
        "caseworker,     retention, 200",
        "approver,       retention, 403",
        "linyi,          retention, 200",
        "xiangxi,        retention, 404",
        "own-employer,   retention, 403",
        "other-employer, retention, 404",
        "own-worker,     retention, 403",
        "worker,         retention, 404",
        "admin,          leaving,   200",
        "caseworker,     leaving,   200",
        "approver,       leaving,   403",
        "linyi,          leaving,   200",
        "xiangxi,        leaving,   404",
        "own-employer,   leaving,   200",
        "other-employer, leaving,   404",
        "own-worker,     leaving,   403",
        "worker,         leaving,   404",
        "admin,          due,       200",
        "caseworker,     due,       200",
        "approver,       due,       200",
        "linyi,          due,       200",
        "xiangxi,        due,       200",
        "own-employer,   due,       403",
        "own-worker,     due,       403",
        "admin,          outside,   201",
        "caseworker,     outside,   201",
        "approver,       outside,   403",
        "linyi,          outside,   403",
        "own-employer,   outside,   403",
        "own-worker,     outside,   403",
    })
    void decidesWhoMayDoWhat(String who, String action, String expected) {
        WorkerId worker = fixtures.worker("矩阵" + action, YISHUI);
        // Started a month and two days ago: the month 1 check is due and the start may be confirmed.
        PlacementView placement = fixtures.place(
                worker, YISHUI, posting, BureauTime.today().minusMonths(1).minusDays(2), 12);
        ApiClient client = client(who, worker);
        String path = "/api/v1/placements/" + placement.id();

        String outcome = switch (action) {
            case "list" -> listed(client.get("/api/v1/placements?size=5&employer=" + posting.employerId()), placement);
            case "view" -> status(client.get(path));
            case "start" -> status(client.post(path + "/start", "{}"));
            case "retention" -> status(client.post(path + "/retention-checks/1", "{\"outcome\":\"STILL_WORKING\"}"));
            case "leaving" ->
                status(client.post(
                        path + "/leaving",
                        "{\"leftOn\":\"" + BureauTime.today() + "\",\"reason\":\"RESIGNED\",\"note\":\"回家\"}"));
            case "due" -> status(client.get("/api/v1/retention-checks/due"));
            case "outside" -> status(client.post("/api/v1/placements", outside()));
            default -> throw new IllegalArgumentException(action);
        };

        assertThat(outcome).isEqualTo(expected);
    }

    @Test
    void followUpAndLeavingNotesAreForStaffNotForTheEmployerOrTheWorker() {
        WorkerId worker = fixtures.worker("备注可见", YISHUI);
        PlacementView placement = fixtures.place(
                worker, YISHUI, posting, BureauTime.today().minusMonths(1).minusDays(2), 12);
        String path = "/api/v1/placements/" + placement.id();
        ApiClient caseworker = ApiClient.as(port, "caseworker");
        String checkNote = "母亲住院，下月请假照顾";
        String leavingNote = "腰伤复发，回乡治疗";

        assertThat(caseworker
                        .post(
                                path + "/retention-checks/1",
                                "{\"outcome\":\"STILL_WORKING\",\"note\":\"" + checkNote + "\"}")
                        .status())
                .isEqualTo(200);
        Reply employersAnswer = ApiClient.as(port, ownEmployer, TestUsers.PASSWORD)
                .post(
                        path + "/leaving",
                        "{\"leftOn\":\"" + BureauTime.today() + "\",\"reason\":\"HEALTH\",\"note\":\"" + leavingNote
                                + "\"}");
        assertThat(employersAnswer.status()).isEqualTo(200);
        assertThat(employersAnswer.body()).doesNotContain(leavingNote, checkNote);

        Reply employers = ApiClient.as(port, ownEmployer, TestUsers.PASSWORD).get(path);
        Reply workers = client("own-worker", worker).get(path);
        Reply caseworkers = caseworker.get(path);
        Reply partners = ApiClient.as(port, "linyi").get(path);

        for (Reply withoutNotes : List.of(employers, workers)) {
            assertThat(withoutNotes.status()).isEqualTo(200);
            assertThat(withoutNotes.json("status")).isEqualTo("LEFT");
            assertThat(withoutNotes.json("leavingReason")).isEqualTo("HEALTH");
            assertThat(withoutNotes.json("retentionChecks[0].outcome")).isEqualTo("STILL_WORKING");
            assertThat(withoutNotes.body()).doesNotContain(checkNote, leavingNote);
        }
        for (Reply withNotes : List.of(caseworkers, partners)) {
            assertThat(withNotes.json("leavingNote")).isEqualTo(leavingNote);
            assertThat(withNotes.json("retentionChecks[0].note")).isEqualTo(checkNote);
        }
    }

    private ApiClient client(String who, WorkerId placedWorker) {
        return switch (who) {
            case "own-employer" -> ApiClient.as(port, ownEmployer, TestUsers.PASSWORD);
            case "other-employer" -> ApiClient.as(port, otherEmployer, TestUsers.PASSWORD);
            case "own-worker" -> {
                String self = users.create(Role.WORKER);
                accounts.linkWorker(self, placedWorker.value());
                yield ApiClient.as(port, self, TestUsers.PASSWORD);
            }
            default -> ApiClient.as(port, who);
        };
    }

    private String outside() {
        WorkerId hired = fixtures.worker("矩阵补录", YISHUI);
        LocalDate start = BureauTime.today().minusDays(3);
        return toJson(Map.of(
                "worker", hired.toString(),
                "posting", posting.id().toString(),
                "startDate", start.toString(),
                "contractMonths", 12,
                "monthlyWage", 5000));
    }

    private static String toJson(Map<String, Object> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":")
                .append(value instanceof Number ? value.toString() : "\"" + value + "\""));
        return json.append('}').toString();
    }

    private static String status(Reply reply) {
        return String.valueOf(reply.status());
    }

    private static String listed(Reply reply, PlacementView placement) {
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().contains(placement.id().toString()) ? "listed" : "hidden";
    }
}
