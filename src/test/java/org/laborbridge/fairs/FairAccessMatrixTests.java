package org.laborbridge.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.FairFixtures.json;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what with fairs, over real HTTP. The fair is hosted in Jishou (433101), so the
 * partner "xiangxi" (433100) runs it, desk included, and "linyi" does not; the worker signed up is
 * from 泸溪 (433122), inside xiangxi's scope and outside linyi's. "employer" is linked to a demo
 * enterprise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairAccessMatrixTests {

    @LocalServerPort
    int port;

    @Autowired
    Fairs fairs;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    FairFixtures fixtures;
    FairView fair;
    FairFixtures.Enterprise other;
    String employersOwn;
    String employersPosting;

    @BeforeAll
    void arrange() {
        fixtures = new FairFixtures(fairs, employers, postings, registry);
        fair = fixtures.openToday("权限矩阵测试会");
        other = fixtures.enterpriseWithOpenPosting("济南矩阵测试有限公司");
        // The demo links "employer" to the first east-west enterprise.
        employersOwn = Callers.runAs(
                FairFixtures.ADMIN,
                () -> employers.search("济南鲁泰精密电子有限公司", 0, 1).items().get(0).id().toString());
        employersPosting = Callers.runAs(
                FairFixtures.ADMIN,
                () -> postings.search(new PostingQuery(
                                null,
                                null,
                                null,
                                new EmployerId(UUID.fromString(employersOwn)),
                                PostingStatus.OPEN,
                                0,
                                1))
                        .items()
                        .get(0)
                        .id()
                        .toString());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,      list,        200",
        "caseworker, list,        200",
        "approver,   list,        200",
        "xiangxi,    list,        200",
        "linyi,      list,        200",
        "employer,   list,        200",
        "worker,     list,        200",
        "admin,      view,        200",
        "approver,   view,        200",
        "employer,   view,        200",
        "worker,     view,        200",
        "admin,      create,      201",
        "caseworker, create,      201",
        "approver,   create,      403",
        "xiangxi,    create,      201",
        "linyi,      create,      403",
        "employer,   create,      403",
        "worker,     create,      403",
        "admin,      change,      200",
        "caseworker, change,      200",
        "approver,   change,      403",
        "xiangxi,    change,      200",
        "linyi,      change,      403",
        "employer,   change,      403",
        "worker,     change,      403",
        "admin,      cancel,      200",
        "caseworker, cancel,      200",
        "approver,   cancel,      403",
        "xiangxi,    cancel,      200",
        "linyi,      cancel,      403",
        "employer,   cancel,      403",
        "worker,     cancel,      403",
        "admin,      joinOwn,     201",
        "caseworker, joinOwn,     201",
        "employer,   joinOwn,     201",
        "approver,   joinOwn,     404",
        "xiangxi,    joinOwn,     404",
        "worker,     joinOwn,     404",
        "employer,   joinOther,   404",
        "admin,      signUps,     200",
        "approver,   signUps,     200",
        "xiangxi,    signUps,     200",
        "linyi,      signUps,     200",
        "employer,   signUps,     403",
        "worker,     signUps,     403",
        "admin,      signUp,      200",
        "caseworker, signUp,      200",
        "xiangxi,    signUp,      200",
        "linyi,      signUp,      403",
        "approver,   signUp,      403",
        "employer,   signUp,      403",
        "worker,     signUp,      403",
        "admin,      checkIn,     200",
        "caseworker, checkIn,     200",
        "xiangxi,    checkIn,     200",
        "linyi,      checkIn,     403",
        "approver,   checkIn,     403",
        "employer,   checkIn,     403",
        "worker,     checkIn,     403",
        "admin,      matching,    200",
        "caseworker, matching,    200",
        "xiangxi,    matching,    200",
        "linyi,      matching,    403",
        "approver,   matching,    403",
        "employer,   matching,    403",
        "worker,     matching,    403",
    })
    void roleMayOrMayNot(String user, String action, int expected) {
        assertThat(act(ApiClient.as(port, user), action).status()).isEqualTo(expected);
    }

    @Test
    void aPartnerSeesOnlyTheSignUpsOfTheirRegionsAndAnEmployerOnlyCounts() {
        FairView scoped = fixtures.openToday("名单范围测试会");
        String xiangxiWorker = TestResidentIds.next("433122");
        fixtures.worker("湘西人", xiangxiWorker);
        String linyiWorker = TestResidentIds.next("371323");
        fixtures.worker("临沂人", linyiWorker);
        ApiClient.as(port, "caseworker")
                .post(
                        "/api/v1/fairs/" + scoped.id() + "/sign-ups",
                        json(Map.of("residentIds", List.of(xiangxiWorker, linyiWorker))));

        assertThat(ApiClient.as(port, "xiangxi")
                        .get("/api/v1/fairs/" + scoped.id() + "/sign-ups")
                        .json("items[*].name"))
                .isEqualTo(List.of("湘西人"));
        assertThat(ApiClient.as(port, "linyi")
                        .get("/api/v1/fairs/" + scoped.id() + "/sign-ups")
                        .json("items[*].name"))
                .isEqualTo(List.of("临沂人"));
        Reply employerView = ApiClient.as(port, "employer").get("/api/v1/fairs/" + scoped.id());
        assertThat(employerView.json("signUps.signedUp")).isEqualTo(2);
        assertThat(employerView.body()).doesNotContain("湘西人");
    }

    @Test
    void aPartnerRunsTheDeskOnlyAtFairsHostedInTheirRegions() {
        FairView luxi = fixtures.openTodayIn("泸溪签到权限测试会", "433122");
        String checkIns = "/api/v1/fairs/" + luxi.id() + "/check-ins";
        String linyiWorker = TestResidentIds.next("371323");
        fixtures.worker("沂水签到人", linyiWorker);

        Reply refused = ApiClient.as(port, "linyi").post(checkIns, json(Map.of("residentIdOrToken", linyiWorker)));

        assertThat(refused.status()).isEqualTo(403);
        Reply untouched = ApiClient.as(port, "caseworker").get("/api/v1/fairs/" + luxi.id());
        assertThat(untouched.json("signUps.signedUp")).isEqualTo(0);
        assertThat(untouched.json("signUps.checkedIn")).isEqualTo(0);

        Reply admitted =
                ApiClient.as(port, "xiangxi").post(checkIns, json(Map.of("residentIdOrToken", xiangxiWorker())));

        assertThat(admitted.status()).isEqualTo(200);
        assertThat(admitted.json("walkIn")).isEqualTo(true);
        Reply recorded = ApiClient.as(port, "caseworker").get("/api/v1/fairs/" + luxi.id());
        assertThat(recorded.json("signUps.signedUp")).isEqualTo(1);
        assertThat(recorded.json("signUps.checkedIn")).isEqualTo(1);
    }

    private Reply act(ApiClient client, String action) {
        String base = "/api/v1/fairs/" + fair.id();
        return switch (action) {
            case "list" -> client.get("/api/v1/fairs?campaign=EAST_WEST");
            case "view" -> client.get(base);
            case "create" -> client.post("/api/v1/fairs", fairJson("新建测试会"));
            case "change" -> client.put(base, fairJson("权限矩阵测试会"));
            case "cancel" -> {
                FairView fresh = fixtures.openToday("取消测试会");
                yield client.post("/api/v1/fairs/" + fresh.id() + "/cancellation", "");
            }
            case "joinOwn" ->
                client.post(
                        base + "/participants",
                        json(Map.of(
                                "employerId", employersOwn, "booth", "M01", "postings", List.of(employersPosting))));
            case "joinOther" ->
                client.post(
                        base + "/participants",
                        json(Map.of(
                                "employerId",
                                other.id().toString(),
                                "booth",
                                "M02",
                                "postings",
                                List.of(other.posting().toString()))));
            case "signUps" -> client.get(base + "/sign-ups");
            case "signUp" -> client.post(base + "/sign-ups", json(Map.of("residentIds", List.of(xiangxiWorker()))));
            case "checkIn" -> client.post(base + "/check-ins", json(Map.of("residentIdOrToken", xiangxiWorker())));
            case "matching" -> client.post(base + "/sign-ups/matching", json(Map.of("regions", List.of("433122"))));
            default -> throw new IllegalArgumentException(action);
        };
    }

    private String xiangxiWorker() {
        String residentId = TestResidentIds.next("433122");
        fixtures.worker("矩阵人", residentId);
        return residentId;
    }

    private static String fairJson(String name) {
        return json(Map.of(
                "name", name,
                "kind", "ON_SITE",
                "campaign", "EAST_WEST",
                "hostRegion", "433101",
                "venue", "吉首市人力资源市场",
                "startsOn", fairDate(0),
                "endsOn", fairDate(1)));
    }

    private static String fairDate(int days) {
        return BureauTime.today().plusDays(days).toString();
    }
}
