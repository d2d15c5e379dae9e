package org.laborbridge.matching.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Who may compute, read and confirm a fair's assignment, over real HTTP. The fairs are hosted in
 * Jishou (433101), so the partner "xiangxi" runs and reads them and "linyi" does not; confirming
 * is the bureau's step. Refusals are problem details in the caller's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairAssignmentAccessMatrixTests {

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

    AssignmentFixtures fixtures;
    FairView fair;
    String run;

    @BeforeAll
    void arrange() {
        fixtures = new AssignmentFixtures(fairs, employers, postings, registry);
        fair = readyFair("分配权限测试会");
        run = ApiClient.as(port, "caseworker").post(runs(fair), "").json("id").toString();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "admin,      compute, 201",
        "caseworker, compute, 201",
        "xiangxi,    compute, 201",
        "linyi,      compute, 403",
        "approver,   compute, 403",
        "employer,   compute, 403",
        "worker,     compute, 403",
        "admin,      read,    200",
        "caseworker, read,    200",
        "xiangxi,    read,    200",
        "linyi,      read,    403",
        "approver,   read,    403",
        "employer,   read,    403",
        "worker,     read,    403",
        "admin,      confirm, 200",
        "caseworker, confirm, 200",
        "xiangxi,    confirm, 403",
        "linyi,      confirm, 403",
        "approver,   confirm, 403",
        "employer,   confirm, 403",
        "worker,     confirm, 403",
    })
    void roleMayOrMayNot(String user, String action, int expected) {
        ApiClient client = ApiClient.as(port, user);
        Reply reply = switch (action) {
            case "compute" -> client.post(runs(fair), "");
            case "read" -> client.get(runs(fair) + "/" + run);
            case "confirm" -> {
                FairView fresh = readyFair("分配确认权限测试会");
                String freshRun = ApiClient.as(port, "caseworker")
                        .post(runs(fresh), "")
                        .json("id")
                        .toString();
                yield client.post(runs(fresh) + "/" + freshRun + "/confirmation", "{}");
            }
            case "page" -> client.get("/matching/fairs/" + fair.id());
            default -> throw new IllegalArgumentException(action);
        };
        assertThat(reply.status()).as(reply.body()).isEqualTo(expected);
    }

    @Test
    void aSecondConfirmationIsAConflictAndMakesNoMoreInvitations() {
        FairView twice = readyFair("重复确认测试会");
        ApiClient caseworker = ApiClient.as(port, "caseworker");
        String id = caseworker.post(runs(twice), "").json("id").toString();

        Reply first = caseworker.post(runs(twice) + "/" + id + "/confirmation", "{}");
        Reply second = caseworker.language("en").post(runs(twice) + "/" + id + "/confirmation", "{}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json("invitations")).isEqualTo(1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.json("code")).isEqualTo("ALREADY_CONFIRMED");
        assertThat(second.json("detail").toString()).contains("never made twice");
        assertThat(caseworker.get(runs(twice) + "/" + id).json("invitations")).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | 还没有人报名",
                "zh-TW | 還沒有人報名",
                "en    | Nobody has signed up",
            })
    void refusesAFairWithoutSignUpsAsProblemDetailsInTheCallersLanguage(String language, String message) {
        FairView empty = fixtures.fair("无人报名接口测试会");
        fixtures.postingsAt(empty, 2);

        Reply refused = ApiClient.as(port, "caseworker").language(language).post(runs(empty), "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json("errors[0].code")).isEqualTo("NO_SIGN_UPS");
        assertThat(refused.json("errors[0].message").toString()).contains(message);
    }

    @Test
    void aPartnerSeesOnlyTheWorkersOfTheirRegionsByName() {
        FairView mixed = fixtures.fair("分配范围测试会");
        fixtures.postingsAt(mixed, 5);
        WorkerId luxi = fixtures.worker("泸溪分配人", false, List.of("ASSEMBLY"), true, Situation.SEEKING);
        WorkerId yishui = fixtures.workerFrom("371323", "沂水分配人");
        fixtures.signUp(mixed, luxi, yishui);
        String id = ApiClient.as(port, "caseworker")
                .post(runs(mixed), "")
                .json("id")
                .toString();

        Reply partner = ApiClient.as(port, "xiangxi").get(runs(mixed) + "/" + id);
        Reply bureau = ApiClient.as(port, "caseworker").get(runs(mixed) + "/" + id);

        assertThat(partner.status()).isEqualTo(200);
        assertThat(partner.json("assigned")).isEqualTo(2);
        assertThat(partner.body()).contains("泸溪分配人").doesNotContain("沂水分配人", yishui.toString());
        assertThat(bureau.body()).contains("泸溪分配人", "沂水分配人");
        assertThat(bureau.json("postings.items[0].workers[*].worker.residentId").toString())
                .contains("*");
    }

    @Test
    void aPartnerRunningTheFairAssignsEverySignUpAlsoThoseOfOtherRegions() {
        FairView mixed = fixtures.fair("伙伴计算测试会");
        fixtures.postingsAt(mixed, 5);
        WorkerId luxi = fixtures.worker("泸溪伙伴计算人", false, List.of("ASSEMBLY"), true, Situation.SEEKING);
        WorkerId yishui = fixtures.workerFrom("371323", "沂水伙伴计算人");
        fixtures.signUp(mixed, luxi, yishui);

        Reply computed = ApiClient.as(port, "xiangxi").post(runs(mixed), "");

        assertThat(computed.status()).isEqualTo(201);
        assertThat(computed.json("signUps")).isEqualTo(2);
        assertThat(computed.json("assigned")).isEqualTo(2);
        assertThat(computed.body()).contains("泸溪伙伴计算人").doesNotContain("沂水伙伴计算人", yishui.toString());
    }

    @Test
    void theOpenApiDocumentDescribesTheRuns() {
        Reply document = ApiClient.as(port, "admin").get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body())
                .contains(
                        "/api/v1/matching/fairs/{fairId}/assignment-runs",
                        "/api/v1/matching/fairs/{fairId}/assignment-runs/{runId}/confirmation");
    }

    private FairView readyFair(String name) {
        FairView made = fixtures.fair(name);
        fixtures.postingsAt(made, 2);
        fixtures.signUp(made, fixtures.seeker(name + "报名者", false));
        return made;
    }

    private static String runs(FairView fair) {
        return "/api/v1/matching/fairs/" + fair.id() + "/assignment-runs";
    }
}
