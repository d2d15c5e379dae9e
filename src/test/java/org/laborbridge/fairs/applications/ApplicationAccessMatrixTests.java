package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.applications.ApplicationFixtures.as;
import static org.laborbridge.fairs.applications.ApplicationRequests.APPLICATIONS;
import static org.laborbridge.fairs.applications.ApplicationRequests.appliedByCaseworker;
import static org.laborbridge.fairs.applications.ApplicationRequests.apply;
import static org.laborbridge.fairs.applications.ApplicationRequests.fairOffer;
import static org.laborbridge.fairs.applications.ApplicationRequests.offered;
import static org.laborbridge.fairs.applications.ApplicationRequests.path;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what with which application, over real HTTP. Every row gets its own worker from
 * Luxi (433122, inside xiangxi's regions, outside linyi's) with an application in the state the
 * action needs. "hr" acts for the posting's enterprise, "employer" (the demo user) for another;
 * "me" is the applicant's own WORKER account, "worker" (the demo user) someone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationAccessMatrixTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    JobPostingView posting;
    String hr;

    @BeforeAll
    void openAPosting() {
        EmployerId employer = fixtures.enterprise("权限矩阵电子厂");
        posting = fixtures.openPosting(employer, 100);
        hr = fixtures.employerUser(employer);
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,      view,      200",
        "caseworker, view,      200",
        "approver,   view,      200",
        "xiangxi,    view,      200",
        "linyi,      view,      404",
        "employer,   view,      404",
        "worker,     view,      404",
        "hr,         view,      200",
        "me,         view,      200",
        "anonymous,  view,      401",
        "admin,      apply,     201",
        "caseworker, apply,     201",
        "approver,   apply,     403",
        "xiangxi,    apply,     201",
        "linyi,      apply,     404",
        "employer,   apply,     403",
        "worker,     apply,     404",
        "hr,         apply,     403",
        "me,         apply,     201",
        "anonymous,  apply,     401",
        "admin,      interview, 200",
        "caseworker, interview, 200",
        "approver,   interview, 403",
        "xiangxi,    interview, 403",
        "linyi,      interview, 404",
        "employer,   interview, 404",
        "worker,     interview, 404",
        "hr,         interview, 200",
        "me,         interview, 403",
        "admin,      offer,     200",
        "caseworker, offer,     200",
        "approver,   offer,     403",
        "xiangxi,    offer,     403",
        "linyi,      offer,     404",
        "employer,   offer,     404",
        "worker,     offer,     404",
        "hr,         offer,     200",
        "me,         offer,     403",
        "admin,      reject,    200",
        "caseworker, reject,    200",
        "approver,   reject,    403",
        "xiangxi,    reject,    403",
        "linyi,      reject,    404",
        "employer,   reject,    404",
        "worker,     reject,    404",
        "hr,         reject,    200",
        "me,         reject,    403",
        "admin,      withdraw,  200",
        "caseworker, withdraw,  200",
        "approver,   withdraw,  403",
        "xiangxi,    withdraw,  200",
        "linyi,      withdraw,  404",
        "employer,   withdraw,  404",
        "worker,     withdraw,  404",
        "hr,         withdraw,  403",
        "me,         withdraw,  200",
        "admin,      accept,    200",
        "caseworker, accept,    200",
        "approver,   accept,    403",
        "xiangxi,    accept,    403",
        "linyi,      accept,    404",
        "employer,   accept,    404",
        "worker,     accept,    404",
        "hr,         accept,    403",
        "me,         accept,    200",
        "admin,      decline,   200",
        "caseworker, decline,   200",
        "approver,   decline,   403",
        "xiangxi,    decline,   403",
        "linyi,      decline,   404",
        "employer,   decline,   404",
        "worker,     decline,   404",
        "hr,         decline,   403",
        "me,         decline,   200",
    })
    void decidesByRoleAndScope(String who, String action, int expected) {
        WorkerId worker = ApplicationFixtures.worker(port, "矩阵" + action, "433122");

        Reply reply = perform(client(who, worker), action, worker);

        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} lists it: {1}")
    @CsvSource({
        "admin,      true",
        "caseworker, true",
        "approver,   true",
        "xiangxi,    true",
        "linyi,      false",
        "employer,   false",
        "worker,     false",
        "hr,         true",
        "me,         true",
    })
    void listsOnlyApplicationsInScope(String who, boolean listed) {
        WorkerId worker = ApplicationFixtures.worker(port, "矩阵列表", "433122");
        String id = appliedByCaseworker(port, worker, posting.id());

        Reply list = client(who, worker).get(APPLICATIONS + "?posting=" + posting.id() + "&size=100");

        assertThat(list.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) list.json("items[*].id");
        if (listed) {
            assertThat(ids).contains(id);
        } else {
            assertThat(ids).doesNotContain(id);
        }
    }

    private ApiClient client(String who, WorkerId worker) {
        return switch (who) {
            case "anonymous" -> ApiClient.anonymous(port);
            case "hr" -> as(port, hr);
            case "me" -> as(port, fixtures.workerUser(worker));
            default -> ApiClient.as(port, who);
        };
    }

    private Reply perform(ApiClient client, String action, WorkerId worker) {
        return switch (action) {
            case "view" -> client.get(path(appliedByCaseworker(port, worker, posting.id())));
            case "apply" -> client.post(APPLICATIONS, apply(worker, posting.id()));
            case "interview" -> client.post(path(appliedByCaseworker(port, worker, posting.id())) + "/interview", "{}");
            case "offer" -> client.post(path(appliedByCaseworker(port, worker, posting.id())) + "/offer", fairOffer());
            case "reject" -> client.post(path(appliedByCaseworker(port, worker, posting.id())) + "/reject", "{}");
            case "withdraw" -> client.post(path(appliedByCaseworker(port, worker, posting.id())) + "/withdraw", "");
            case "accept" -> client.post(path(offered(port, worker, posting.id(), fairOffer())) + "/accept", "");
            case "decline" -> client.post(path(offered(port, worker, posting.id(), fairOffer())) + "/decline", "");
            default -> throw new IllegalArgumentException(action);
        };
    }
}
