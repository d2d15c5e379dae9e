package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.applications.ApplicationFixtures.as;
import static org.laborbridge.fairs.applications.ApplicationRequests.APPLICATIONS;
import static org.laborbridge.fairs.applications.ApplicationRequests.appliedByCaseworker;
import static org.laborbridge.fairs.applications.ApplicationRequests.apply;
import static org.laborbridge.fairs.applications.ApplicationRequests.created;
import static org.laborbridge.fairs.applications.ApplicationRequests.expect;
import static org.laborbridge.fairs.applications.ApplicationRequests.fairOffer;
import static org.laborbridge.fairs.applications.ApplicationRequests.offer;
import static org.laborbridge.fairs.applications.ApplicationRequests.offered;
import static org.laborbridge.fairs.applications.ApplicationRequests.path;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.Postings;
import org.laborbridge.fairs.FairId;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every refusal names its field and reason, and leaves everything as it was. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationRefusalsTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Placements placements;

    ApiClient caseworker() {
        return ApiClient.as(port, "caseworker");
    }

    long applicationsOf(WorkerId worker) {
        return ((Number) caseworker().get(APPLICATIONS + "?worker=" + worker).json("total")).longValue();
    }

    @Test
    void refusesAnApplicationToAClosedPosting() {
        EmployerId employer = fixtures.enterprise("已关闭岗位公司");
        JobPostingView posting = fixtures.openPosting(employer, 3);
        fixtures.close(posting.id());
        WorkerId worker = ApplicationFixtures.worker(port, "拒绝甲", "433122");

        Reply refused = caseworker().language("en").post(APPLICATIONS, apply(worker, posting.id()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json("errors[0].field")).isEqualTo("posting");
        assertThat(refused.json("errors[0].code")).isEqualTo("NOT_OPEN");
        assertThat(refused.json("errors[0].message")).isEqualTo("The posting is not open for applications.");
        assertThat(applicationsOf(worker)).isZero();
    }

    @Test
    void refusesAnApplicationThroughAFinishedFair() {
        EmployerId employer = fixtures.enterprise("已结束招聘会公司");
        JobPostingView posting = fixtures.openPosting(employer, 3);
        LocalDate today = BureauTime.today();
        FairId fair = fixtures.fair(today.minusDays(5), today.minusDays(2), employer, posting.id());
        WorkerId worker = ApplicationFixtures.worker(port, "拒绝乙", "433122");

        Reply refused = caseworker().post(APPLICATIONS, apply(worker, posting.id(), fair));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors[*].code")).isEqualTo(List.of("FINISHED"));
        assertThat(refused.json("errors[0].field")).isEqualTo("fair");
        assertThat(refused.json("errors[0].message")).isEqualTo("该招聘会已结束，不能再通过它应聘。");
        assertThat(applicationsOf(worker)).isZero();
    }

    @Test
    void refusesASecondActiveApplicationToOnePostingButNotOneAfterWithdrawing() {
        JobPostingView posting = fixtures.openPosting(fixtures.enterprise("重复应聘公司"), 3);
        WorkerId worker = ApplicationFixtures.worker(port, "拒绝丙", "433122");
        String first = appliedByCaseworker(port, worker, posting.id());

        Reply again = caseworker().post(APPLICATIONS, apply(worker, posting.id()));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json("errors[0].code")).isEqualTo("ALREADY_APPLIED");
        assertThat(applicationsOf(worker)).isEqualTo(1);

        expect(caseworker().post(path(first) + "/withdraw", ""), 200);
        created(caseworker().post(APPLICATIONS, apply(worker, posting.id())));
        assertThat(applicationsOf(worker)).isEqualTo(2);
    }

    @Test
    void acceptsAnOfferOnlyOnce() {
        JobPostingView posting = fixtures.openPosting(fixtures.enterprise("重复接受公司"), 3);
        WorkerId worker = ApplicationFixtures.worker(port, "拒绝丁", "433122");
        String id = offered(port, worker, posting.id(), fairOffer());
        expect(caseworker().post(path(id) + "/accept", ""), 200);

        Reply twice = caseworker().language("zh-TW").post(path(id) + "/accept", "");

        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json("errors[0].field")).isEqualTo("status");
        assertThat(twice.json("errors[0].code")).isEqualTo("INVALID_TRANSITION");
        assertThat(twice.json("errors[0].message")).isEqualTo("該應聘目前為「已接受錄用」，不能改為「已接受錄用」。");
        assertThat(fixtures.posting(posting.id()).openingsLeft()).isEqualTo(2);
        assertThat(Callers.runAs(Postings.CASEWORKER, () -> placements.ofWorker(worker)))
                .hasSize(1);
        assertThat(caseworker().get(path(id)).json("steps.length()")).isEqualTo(3);
    }

    @Test
    void anotherEmployerCannotSeeOrMoveTheApplication() {
        JobPostingView posting = fixtures.openPosting(fixtures.enterprise("本企业"), 3);
        EmployerId other = fixtures.enterprise("别的企业");
        WorkerId worker = ApplicationFixtures.worker(port, "拒绝戊", "433122");
        String id = appliedByCaseworker(port, worker, posting.id());
        ApiClient stranger = as(port, fixtures.employerUser(other));

        assertThat(stranger.get(path(id)).status()).isEqualTo(404);
        assertThat(stranger.post(path(id) + "/offer", fairOffer()).status()).isEqualTo(404);
        assertThat(stranger.post(path(id) + "/reject", "{}").status()).isEqualTo(404);
        assertThat(stranger.get(APPLICATIONS + "?posting=" + posting.id()).json("total"))
                .isEqualTo(0);

        Reply untouched = caseworker().get(path(id));
        assertThat(untouched.json("status")).isEqualTo("APPLIED");
        assertThat(untouched.json("steps.length()")).isEqualTo(1);
    }

    @Test
    void anEmployerRecordsIntentionsOnlyForItsOwnPostings() {
        EmployerId employer = fixtures.enterprise("意向本企业");
        JobPostingView posting = fixtures.openPosting(employer, 3);
        FairId fair = fixtures.runningFair(employer, posting.id());
        WorkerId worker = ApplicationFixtures.worker(port, "拒绝己", "433122");
        fixtures.signUp(fair, worker);
        ApiClient stranger = as(port, fixtures.employerUser(fixtures.enterprise("意向别的企业")));

        Reply refused = stranger.post(
                APPLICATIONS + "/intentions",
                "{\"fair\":\"" + fair + "\",\"posting\":\"" + posting.id() + "\",\"code\":\""
                        + fixtures.code(fair, worker) + "\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(applicationsOf(worker)).isZero();
    }

    @Test
    void refusesAnOfferOutsideThePostingsWageRange() {
        JobPostingView posting = fixtures.openPosting(fixtures.enterprise("工资范围公司"), 3);
        WorkerId worker = ApplicationFixtures.worker(port, "拒绝庚", "433122");
        String id = appliedByCaseworker(port, worker, posting.id());

        Reply refused = caseworker()
                .language("en")
                .post(path(id) + "/offer", offer(BureauTime.today().plusDays(3), 12, "6500"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors[0].field")).isEqualTo("monthlyWage");
        assertThat(refused.json("errors[0].code")).isEqualTo("OUTSIDE_POSTING_RANGE");
        assertThat(refused.json("errors[0].message"))
                .isEqualTo("The monthly wage must be within the posting's 4500.00 to 6000.00 yuan.");
        Reply unchanged = caseworker().get(path(id));
        assertThat(unchanged.json("status")).isEqualTo("APPLIED");
        assertThat(unchanged.json("offer")).isNull();
    }

    @Test
    void anAcceptanceThatMeetsAnOverlappingPlacementChangesNothing() {
        JobPostingView first = fixtures.openPosting(fixtures.enterprise("先录用公司"), 3);
        JobPostingView second = fixtures.openPosting(fixtures.enterprise("后录用公司"), 3);
        WorkerId worker = ApplicationFixtures.worker(port, "拒绝辛", "433122");
        String hired = offered(port, worker, first.id(), fairOffer());
        String overlapping =
                offered(port, worker, second.id(), offer(BureauTime.today().plusDays(30), 6, "5000"));
        expect(caseworker().post(path(hired) + "/accept", ""), 200);

        Reply refused = caseworker().post(path(overlapping) + "/accept", "");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors[0].field")).isEqualTo("startDate");
        assertThat(refused.json("errors[0].code")).isEqualTo("OVERLAPPING_PLACEMENT");
        assertThat(caseworker().get(path(overlapping)).json("status")).isEqualTo("OFFERED");
        assertThat(fixtures.posting(second.id()).openingsLeft()).isEqualTo(3);
        assertThat(Callers.runAs(Postings.CASEWORKER, () -> placements.ofWorker(worker)))
                .singleElement()
                .satisfies(placement -> assertThat(placement.posting()).isEqualTo(first.id()));
        assertThat((List<?>) ApiClient.as(port, "caseworker")
                        .get("/api/v1/workers/" + worker + "/timeline")
                        .json("[?(@.kind == 'OFFER_ACCEPTED')]"))
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | 该岗位未在招聘中，不能应聘。",
                "zh-TW | 該崗位未在招聘中，不能應聘。",
                "en    | The posting is not open for applications."
            })
    void explainsARefusalInTheCallersLanguage(String language, String message) {
        JobPostingView posting = fixtures.openPosting(fixtures.enterprise("语言测试公司"), 1);
        fixtures.close(posting.id());
        WorkerId worker = ApplicationFixtures.worker(port, "语言甲", "433122");

        Reply refused = caseworker().language(language).post(APPLICATIONS, apply(worker, posting.id()));

        assertThat(refused.json("errors[0].message")).isEqualTo(message);
    }
}
