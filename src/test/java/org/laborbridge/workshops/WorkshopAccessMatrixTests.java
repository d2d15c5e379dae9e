package org.laborbridge.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Who may list, view, register and staff a workshop in Baojing (Xiangxi): bureau administrators
 * and caseworkers everywhere, the Xiangxi partner in Xiangxi only; the Linyi partner does not
 * learn that it exists; approvers, employers and workers are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WorkshopAccessMatrixTests {

    private static final String API = "/api/v1/workshops";

    @LocalServerPort
    int port;

    @Autowired
    Workshops workshops;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    WorkshopFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new WorkshopFixtures(workshops, registry);
    }

    @ParameterizedTest(name = "{0}: list {1}, view {2}, register {3}, employ {4}, headcount {5}")
    @CsvSource({
        "admin,      200, 200, 201, 201, 200",
        "caseworker, 200, 200, 201, 201, 200",
        "xiangxi,    200, 200, 201, 201, 200",
        "linyi,      200, 404, 422, 404, 404",
        "approver,   403, 403, 403, 403, 403",
        "employer,   403, 403, 403, 403, 403",
        "worker,     403, 403, 403, 403, 403",
    })
    void apiDecidesByRoleAndRegion(String who, int list, int view, int register, int employ, int headcount) {
        ApiClient caller = ApiClient.as(port, who);
        WorkshopView baojing = fixtures.workshop();
        String worker = fixtures.worker(WorkshopFixtures.BAOJING, true).id().toString();

        Reply listed = caller.get(API + "?size=200");
        assertThat(listed.status()).as("list").isEqualTo(list);
        assertThat(caller.get(API + "/" + baojing.id()).status()).as("view").isEqualTo(view);
        assertThat(caller.post(API, WorkshopBadInputTests.workshop("433125", "2018-03-01", null))
                        .status())
                .as("register")
                .isEqualTo(register);
        assertThat(caller.post(API + "/" + baojing.id() + "/employees", """
                                {"worker": "%s", "startDate": "2024-03-01", "monthlyWage": 2400, "contractMonths": 12,
                                 "accidentInsured": true}
                                """.formatted(worker))
                        .status())
                .as("employ")
                .isEqualTo(employ);
        assertThat(caller.get(API + "/" + baojing.id() + "/headcount").status())
                .as("headcount")
                .isEqualTo(headcount);
        if (who.equals("linyi")) {
            List<String> counties = JsonPath.read(listed.body(), "$.items[*].county.code");
            assertThat(counties).allMatch(code -> code.startsWith("3713"));
        }
    }

    @ParameterizedTest(name = "{0}: list {1}, detail {2}, new form {3}, edit form {4}")
    @CsvSource({
        "admin,      200, 200, 200, 200",
        "caseworker, 200, 200, 200, 200",
        "xiangxi,    200, 200, 200, 200",
        "linyi,      200, 404, 200, 404",
        "approver,   403, 403, 403, 403",
        "employer,   403, 403, 403, 403",
        "worker,     403, 403, 403, 403",
    })
    void pagesDecideByRoleAndRegion(String who, int list, int detail, int newForm, int editForm) {
        var signedIn = user(users.loadUserByUsername(who));
        WorkshopView baojing = fixtures.workshop();

        assertThat(mvc.get().uri("/workshops").with(signedIn)).hasStatus(list);
        assertThat(mvc.get().uri("/workshops/{id}", baojing.id()).with(signedIn))
                .hasStatus(detail);
        assertThat(mvc.get().uri("/workshops/new").with(signedIn)).hasStatus(newForm);
        assertThat(mvc.get().uri("/workshops/{id}/edit", baojing.id()).with(signedIn))
                .hasStatus(editForm);
    }

    /**
     * Withdrawing a recognition and giving it back are the bureau's decisions: partner staff see the
     * history but are refused (403) even in their own regions, since the bureau recognises workshops.
     */
    @ParameterizedTest(name = "{0}: history {1}, withdraw {2}, recognise again {3}")
    @CsvSource({
        "admin,      200, 200, 200",
        "caseworker, 200, 200, 200",
        "xiangxi,    200, 403, 403",
        "linyi,      404, 403, 403",
        "approver,   403, 403, 403",
        "employer,   403, 403, 403",
        "worker,     403, 403, 403",
    })
    void onlyTheBureauWithdrawsARecognitionOrGivesItBack(String who, int history, int withdraw, int recognise) {
        ApiClient caller = ApiClient.as(port, who);
        WorkshopView flagged = fixtures.workshop();
        fixtures.employ(flagged, fixtures.worker(WorkshopFixtures.BAOJING, true), true);
        EmployeeView uninsured = fixtures.employ(flagged, fixtures.worker(WorkshopFixtures.BAOJING, false), false);
        String path = API + "/" + flagged.id();

        assertThat(caller.get(path + "/status-history").status()).as("history").isEqualTo(history);
        assertThat(caller.post(path + "/withdrawal", "{\"reason\": \"未投保\"}").status())
                .as("withdraw")
                .isEqualTo(withdraw);
        if (withdraw != 200) {
            ApiClient.as(port, "admin").post(path + "/withdrawal", "{\"reason\": \"未投保\"}");
        }
        org.laborbridge.identity.Callers.runAs(WorkshopFixtures.ADMIN, () -> {
            workshops.leave(flagged.id(), uninsured.id(), org.laborbridge.shared.BureauTime.today());
            return null;
        });
        assertThat(caller.post(path + "/recognition", "{\"reason\": \"已整改\"}").status())
                .as("recognise again")
                .isEqualTo(recognise);
    }

    @org.junit.jupiter.api.Test
    void aDecisionTheStatusDoesNotAllowIs409WithItsCode() {
        ApiClient admin = ApiClient.as(port, "admin");
        WorkshopView recognised = fixtures.workshop();

        Reply refused = admin.post(API + "/" + recognised.id() + "/withdrawal", "{\"reason\": \"不符合\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("\"code\":\"NOT_FLAGGED\"");
        Reply noReason = admin.post(API + "/" + recognised.id() + "/recognition", "{\"reason\": \"\"}");
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.body()).contains("NOT_WITHDRAWN");
    }
}
