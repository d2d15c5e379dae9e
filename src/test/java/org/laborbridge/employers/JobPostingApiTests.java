package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Drafting, publishing, changing and closing postings over real HTTP, and what each refusal leaves behind. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobPostingApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JobPostings postings;

    EmployerFixtures fixtures;
    String employer;

    @BeforeEach
    void anEnterprise() {
        fixtures = new EmployerFixtures(port, context);
        employer = fixtures.register("济南岗位测试电子有限公司");
    }

    @Test
    void draftsPublishesAndClosesAPosting() {
        Reply drafted = fixtures.caseworker()
                .post("/api/v1/job-postings", EmployerFixtures.postingJson(employer, Postings.assemblyJob(10)));
        String id = (String) drafted.json("id");

        assertThat(drafted.status()).isEqualTo(201);
        assertThat(drafted.header("Location")).isEqualTo("/api/v1/job-postings/" + id);
        assertThat(drafted.json("status")).isEqualTo("DRAFT");
        assertThat(drafted.json("openingsLeft")).isEqualTo(10);
        assertThat(drafted.json("wageMin")).isEqualTo(4500.0);
        assertThat(drafted.json("employer.name")).isEqualTo("济南岗位测试电子有限公司");
        assertThat(drafted.json("housingProvided")).isEqualTo(true);

        Reply published = fixtures.caseworker().post("/api/v1/job-postings/" + id + "/publish", "");
        assertThat(published.json("status")).isEqualTo("OPEN");

        Reply closed = fixtures.caseworker().post("/api/v1/job-postings/" + id + "/close", "");
        assertThat(closed.json("status")).isEqualTo("CLOSED");

        Reply reopened = fixtures.caseworker().post("/api/v1/job-postings/" + id + "/publish", "");
        assertThat(reopened.status()).isEqualTo(422);
        assertThat(reopened.json("errors[0].code")).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void refusesAWageMinimumAboveTheMaximumAndStoresNothing() {
        Map<String, Object> body = EmployerFixtures.postingBody(employer, Postings.assemblyJob(5));
        body.put("wageMin", new BigDecimal("7000"));

        Reply reply = fixtures.caseworker().post("/api/v1/job-postings", EmployerFixtures.json(body));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].field")).isEqualTo("wageMin");
        assertThat(reply.json("errors[0].code")).isEqualTo("MIN_ABOVE_MAX");
        assertThat(reply.json("errors[0].message")).isEqualTo("最低月薪 7000.00 元高于最高月薪 6000.00 元。");
        assertThat(postingsOfEmployer()).isZero();
    }

    @Test
    void refusesAHeadcountBelowThoseHiredAndChangesNothing() {
        String id = fixtures.published(employer, 5);
        fill(id, 3);
        Map<String, Object> body = EmployerFixtures.postingBody(employer, Postings.assemblyJob(2));
        body.put("title", "改过的标题");

        Reply reply = fixtures.caseworker().put("/api/v1/job-postings/" + id, EmployerFixtures.json(body));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json("errors[0].field")).isEqualTo("headcount");
        assertThat(reply.json("errors[0].code")).isEqualTo("BELOW_FILLED");
        assertThat(reply.json("errors[0].message")).isEqualTo("已录用 3 人，招聘人数不能少于已录用人数。");
        Reply stored = fixtures.caseworker().get("/api/v1/job-postings/" + id);
        assertThat(stored.json("headcount")).isEqualTo(5);
        assertThat(stored.json("openingsLeft")).isEqualTo(2);
        assertThat(stored.json("title")).isEqualTo("电子厂普工");
    }

    @Test
    void reducingTheHeadcountReducesTheOpeningsAndFillsThePostingAtZero() {
        String id = fixtures.published(employer, 5);
        fill(id, 2);

        Reply smaller = fixtures.caseworker()
                .put("/api/v1/job-postings/" + id, EmployerFixtures.postingJson(employer, Postings.assemblyJob(4)));
        assertThat(smaller.json("openingsLeft")).isEqualTo(2);
        assertThat(smaller.json("status")).isEqualTo("OPEN");

        Reply exact = fixtures.caseworker()
                .put("/api/v1/job-postings/" + id, EmployerFixtures.postingJson(employer, Postings.assemblyJob(2)));
        assertThat(exact.json("openingsLeft")).isEqualTo(0);
        assertThat(exact.json("status")).isEqualTo("FILLED");

        Reply larger = fixtures.caseworker()
                .put("/api/v1/job-postings/" + id, EmployerFixtures.postingJson(employer, Postings.assemblyJob(6)));
        assertThat(larger.json("openingsLeft")).isEqualTo(4);
        assertThat(larger.json("status")).isEqualTo("OPEN");
    }

    @Test
    void fillingAClosedOrDraftPostingIsRefusedAsNotOpen() {
        String draft = fixtures.draft(employer, Postings.assemblyJob(3));

        assertThat(PostingRefusals.codeOf(() -> postings.fill(new JobPostingId(UUID.fromString(draft)))))
                .isEqualTo("posting:NOT_OPEN");
    }

    @Test
    void anEmployerActingOnAnotherEnterprisesPostingIsRefusedAndNothingChanges() {
        String open = fixtures.published(employer, 5);
        String draft = fixtures.draft(employer, Postings.assemblyJob(5));
        ApiClient other = fixtures.employerUserOf(fixtures.register("济南别家测试公司"));
        String change = EmployerFixtures.postingJson(employer, Postings.assemblyJob(1));

        assertThat(other.put("/api/v1/job-postings/" + open, change).status()).isEqualTo(403);
        assertThat(other.post("/api/v1/job-postings/" + open + "/close", "").status())
                .isEqualTo(403);
        assertThat(other.put("/api/v1/job-postings/" + draft, change).status()).isEqualTo(404);
        assertThat(other.post("/api/v1/job-postings/" + draft + "/publish", "").status())
                .isEqualTo(404);
        assertThat(other.post("/api/v1/job-postings", change).status()).isEqualTo(404);
        assertThat(other.put("/api/v1/employers/" + employer, EmployerFixtures.json(Postings.enterprise("冒名")))
                        .status())
                .isEqualTo(404);

        assertThat(fixtures.caseworker().get("/api/v1/job-postings/" + open).json("headcount"))
                .isEqualTo(5);
        assertThat(fixtures.caseworker().get("/api/v1/job-postings/" + open).json("status"))
                .isEqualTo("OPEN");
        assertThat(fixtures.caseworker().get("/api/v1/job-postings/" + draft).json("status"))
                .isEqualTo("DRAFT");
        assertThat(fixtures.caseworker().get("/api/v1/employers/" + employer).json("name"))
                .isEqualTo("济南岗位测试电子有限公司");
        assertThat(postingsOfEmployer()).isEqualTo(2);
    }

    @Test
    void theEnterprisesOwnEmployerDraftsAndPublishes() {
        ApiClient own = fixtures.employerUserOf(employer);

        Reply drafted =
                own.post("/api/v1/job-postings", EmployerFixtures.postingJson(employer, Postings.assemblyJob(3)));
        assertThat(drafted.status()).isEqualTo(201);
        Reply published = own.post("/api/v1/job-postings/" + drafted.json("id") + "/publish", "");
        assertThat(published.json("status")).isEqualTo("OPEN");
    }

    @Test
    void draftsAreHiddenFromEveryoneButTheEnterpriseAndTheBureau() {
        String draft = fixtures.draft(employer, Postings.assemblyJob(3));
        String path = "/api/v1/job-postings/" + draft;

        assertThat(ApiClient.as(port, "approver").get(path).status()).isEqualTo(200);
        assertThat(fixtures.employerUserOf(employer).get(path).status()).isEqualTo(200);
        assertThat(ApiClient.as(port, "xiangxi").get(path).status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "worker").get(path).status()).isEqualTo(404);
        assertThat(ids(ApiClient.as(port, "worker").get("/api/v1/job-postings?employer=" + employer)))
                .doesNotContain(draft);
    }

    @Test
    void searchesByTypeRegionStatusAndText() {
        String open = fixtures.published(employer, 2);
        String draft = fixtures.draft(employer, Postings.assemblyJob(2));

        assertThat(ids(fixtures.caseworker().get("/api/v1/job-postings?employer=" + employer + "&status=OPEN")))
                .containsExactly(open);
        assertThat(ids(fixtures.caseworker()
                        .get("/api/v1/job-postings?employer=" + employer + "&jobType=ASSEMBLY&workRegion=370100")))
                .containsExactlyInAnyOrder(open, draft);
        assertThat(ids(fixtures.caseworker().get("/api/v1/job-postings?employer=" + employer + "&workRegion=433100")))
                .isEmpty();
        assertThat(ids(fixtures.caseworker()
                        .get("/api/v1/job-postings?q=" + EmployerFixtures.encoded("岗位测试电子") + "&status=OPEN")))
                .contains(open);
    }

    @Test
    void openFittingOffersOnlyWhatAWorkerCouldApplyToToday() {
        String fitting = fixtures.published(employer, 2);
        String full = fixtures.published(employer, 1);
        fill(full, 1);
        fixtures.draft(employer, Postings.assemblyJob(2));
        JobPostingForm later = Postings.assemblyJob(2);
        String notYet = fixtures.draft(
                employer,
                new JobPostingForm(
                        later.title(),
                        "DOMESTIC_CARE",
                        2,
                        later.wageMin(),
                        later.wageMax(),
                        "370102",
                        null,
                        false,
                        false,
                        null,
                        18,
                        30,
                        List.of(),
                        null,
                        BureauTime.today().plusDays(3),
                        BureauTime.today().plusDays(30)));
        fixtures.caseworker().post("/api/v1/job-postings/" + notYet + "/publish", "");

        List<JobPostingId> forAssembly40 = Callers.runAs(
                Postings.CASEWORKER,
                () -> postings.openFitting(List.of("ASSEMBLY"), 40, 100).stream()
                        .map(JobPostingView::id)
                        .toList());
        List<JobPostingId> forAssembly50 = Callers.runAs(
                Postings.CASEWORKER,
                () -> postings.openFitting(List.of("ASSEMBLY"), 50, 100).stream()
                        .map(JobPostingView::id)
                        .toList());

        assertThat(forAssembly40)
                .extracting(JobPostingId::toString)
                .contains(fitting)
                .doesNotContain(full, notYet);
        assertThat(forAssembly50).extracting(JobPostingId::toString).doesNotContain(fitting);
    }

    @SuppressWarnings("unchecked")
    static List<String> ids(Reply reply) {
        return ((List<Map<String, Object>>) reply.json("items"))
                .stream().map(item -> (String) item.get("id")).toList();
    }

    private void fill(String posting, int times) {
        for (int i = 0; i < times; i++) {
            postings.fill(new JobPostingId(UUID.fromString(posting)));
        }
    }

    private long postingsOfEmployer() {
        return ((Number) fixtures.caseworker()
                        .get("/api/v1/job-postings?employer=" + employer)
                        .json("total"))
                .longValue();
    }
}
