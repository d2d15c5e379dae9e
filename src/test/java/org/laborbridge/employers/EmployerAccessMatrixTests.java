package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.support.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Who may do what with which enterprise and posting, over real HTTP. "own" is an EMPLOYER user of
 * the enterprise acted on, "other" one of a different enterprise. Every row acts on records of its
 * own, so no row depends on another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerAccessMatrixTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    EmployerFixtures fixtures;
    String otherEnterprise;

    @BeforeAll
    void otherEnterprise() {
        fixtures = new EmployerFixtures(port, context);
        otherEnterprise = fixtures.register("济南矩阵他企业测试公司");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,      searchEmployers,   200",
        "caseworker, searchEmployers,   200",
        "approver,   searchEmployers,   200",
        "xiangxi,    searchEmployers,   200",
        "own,        searchEmployers,   200",
        "worker,     searchEmployers,   403",
        "anonymous,  searchEmployers,   401",
        "admin,      viewEmployer,      200",
        "caseworker, viewEmployer,      200",
        "approver,   viewEmployer,      200",
        "xiangxi,    viewEmployer,      200",
        "own,        viewEmployer,      200",
        "other,      viewEmployer,      404",
        "worker,     viewEmployer,      404",
        "anonymous,  viewEmployer,      401",
        "admin,      registerEmployer,  201",
        "caseworker, registerEmployer,  201",
        "approver,   registerEmployer,  403",
        "xiangxi,    registerEmployer,  403",
        "own,        registerEmployer,  403",
        "worker,     registerEmployer,  403",
        "anonymous,  registerEmployer,  401",
        "admin,      changeEmployer,    200",
        "caseworker, changeEmployer,    200",
        "approver,   changeEmployer,    403",
        "xiangxi,    changeEmployer,    403",
        "own,        changeEmployer,    200",
        "other,      changeEmployer,    404",
        "worker,     changeEmployer,    404",
        "anonymous,  changeEmployer,    401",
        "admin,      verifyEmployer,    200",
        "caseworker, verifyEmployer,    200",
        "approver,   verifyEmployer,    403",
        "xiangxi,    verifyEmployer,    403",
        "own,        verifyEmployer,    403",
        "other,      verifyEmployer,    404",
        "worker,     verifyEmployer,    404",
        "anonymous,  verifyEmployer,    401",
        "admin,      draftPosting,      201",
        "caseworker, draftPosting,      201",
        "approver,   draftPosting,      403",
        "xiangxi,    draftPosting,      403",
        "own,        draftPosting,      201",
        "other,      draftPosting,      404",
        "worker,     draftPosting,      404",
        "anonymous,  draftPosting,      401",
        "admin,      viewDraft,         200",
        "caseworker, viewDraft,         200",
        "approver,   viewDraft,         200",
        "xiangxi,    viewDraft,         404",
        "own,        viewDraft,         200",
        "other,      viewDraft,         404",
        "worker,     viewDraft,         404",
        "anonymous,  viewDraft,         401",
        "admin,      viewOpenPosting,   200",
        "caseworker, viewOpenPosting,   200",
        "approver,   viewOpenPosting,   200",
        "xiangxi,    viewOpenPosting,   200",
        "own,        viewOpenPosting,   200",
        "other,      viewOpenPosting,   200",
        "worker,     viewOpenPosting,   200",
        "anonymous,  viewOpenPosting,   401",
        "admin,      changeOpenPosting, 200",
        "caseworker, changeOpenPosting, 200",
        "approver,   changeOpenPosting, 403",
        "xiangxi,    changeOpenPosting, 403",
        "own,        changeOpenPosting, 200",
        "other,      changeOpenPosting, 403",
        "worker,     changeOpenPosting, 403",
        "anonymous,  changeOpenPosting, 401",
        "admin,      publishDraft,      200",
        "caseworker, publishDraft,      200",
        "approver,   publishDraft,      403",
        "xiangxi,    publishDraft,      404",
        "own,        publishDraft,      200",
        "other,      publishDraft,      404",
        "worker,     publishDraft,      404",
        "anonymous,  publishDraft,      401",
        "admin,      closeOpenPosting,  200",
        "caseworker, closeOpenPosting,  200",
        "approver,   closeOpenPosting,  403",
        "xiangxi,    closeOpenPosting,  403",
        "own,        closeOpenPosting,  200",
        "other,      closeOpenPosting,  403",
        "worker,     closeOpenPosting,  403",
        "anonymous,  closeOpenPosting,  401",
        "admin,      searchPostings,    200",
        "xiangxi,    searchPostings,    200",
        "own,        searchPostings,    200",
        "worker,     searchPostings,    200",
        "anonymous,  searchPostings,    401",
    })
    void answers(String caller, String action, int expected) {
        String enterprise = fixtures.register("济南矩阵测试公司");
        ApiClient client = client(caller, enterprise);

        int status = switch (action) {
            case "searchEmployers" -> client.get("/api/v1/employers").status();
            case "viewEmployer" -> client.get("/api/v1/employers/" + enterprise).status();
            case "registerEmployer" ->
                client.post("/api/v1/employers", EmployerFixtures.json(Postings.enterprise("矩阵新登记")))
                        .status();
            case "changeEmployer" ->
                client.put("/api/v1/employers/" + enterprise, EmployerFixtures.json(Postings.enterprise("矩阵改名")))
                        .status();
            case "verifyEmployer" ->
                client.post("/api/v1/employers/" + enterprise + "/verification", "")
                        .status();
            case "draftPosting" ->
                client.post("/api/v1/job-postings", EmployerFixtures.postingJson(enterprise, Postings.assemblyJob(3)))
                        .status();
            case "viewDraft" ->
                client.get("/api/v1/job-postings/" + fixtures.draft(enterprise, Postings.assemblyJob(3)))
                        .status();
            case "viewOpenPosting" ->
                client.get("/api/v1/job-postings/" + fixtures.published(enterprise, 3))
                        .status();
            case "changeOpenPosting" ->
                client.put(
                                "/api/v1/job-postings/" + fixtures.published(enterprise, 3),
                                EmployerFixtures.postingJson(enterprise, Postings.assemblyJob(4)))
                        .status();
            case "publishDraft" ->
                client.post(
                                "/api/v1/job-postings/"
                                        + fixtures.draft(enterprise, Postings.assemblyJob(3))
                                        + "/publish",
                                "")
                        .status();
            case "closeOpenPosting" ->
                client.post("/api/v1/job-postings/" + fixtures.published(enterprise, 3) + "/close", "")
                        .status();
            case "searchPostings" -> client.get("/api/v1/job-postings").status();
            default -> throw new IllegalArgumentException(action);
        };

        assertThat(status).isEqualTo(expected);
    }

    private ApiClient client(String caller, String enterprise) {
        return switch (caller) {
            case "anonymous" -> ApiClient.anonymous(port);
            case "own" -> fixtures.employerUserOf(enterprise);
            case "other" -> fixtures.employerUserOf(otherEnterprise);
            default -> ApiClient.as(port, caller);
        };
    }
}
