package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.applications.ApplicationFixtures.as;
import static org.laborbridge.fairs.applications.ApplicationRequests.APPLICATIONS;
import static org.laborbridge.fairs.applications.ApplicationRequests.apply;
import static org.laborbridge.fairs.applications.ApplicationRequests.created;
import static org.laborbridge.fairs.applications.ApplicationRequests.expect;
import static org.laborbridge.fairs.applications.ApplicationRequests.fairOffer;
import static org.laborbridge.fairs.applications.ApplicationRequests.path;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.Postings;
import org.laborbridge.fairs.FairId;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A worker's way from application to hire, over real HTTP, with everything it leaves behind. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Placements placements;

    @Test
    void aWorkerAppliesIsInterviewedOfferedAndHired() {
        EmployerId employer = fixtures.enterprise("流程测试电子厂");
        JobPostingView posting = fixtures.openPosting(employer, 3);
        WorkerId worker = ApplicationFixtures.worker(port, "流程甲", "433122");
        String hrUser = fixtures.employerUser(employer);
        String meUser = fixtures.workerUser(worker);
        ApiClient hr = as(port, hrUser);
        ApiClient me = as(port, meUser);

        Reply applied = me.post(APPLICATIONS, apply(worker, posting.id()));
        String id = created(applied);
        assertThat(applied.header("Location")).isEqualTo(path(id));
        assertThat(applied.json("status")).isEqualTo("APPLIED");
        assertThat(applied.json("channel")).isEqualTo("SELF");
        assertThat(applied.json("workerName")).isEqualTo("流程甲");
        assertThat(applied.json("employerName")).isEqualTo("流程测试电子厂");
        assertThat(applied.json("nextSteps")).isEqualTo(List.of("WITHDRAWN"));

        Reply invited =
                expect(hr.post(path(id) + "/interview", "{\"at\":\"2026-12-01T09:30\",\"note\":\"请带身份证\"}"), 200);
        assertThat(invited.json("status")).isEqualTo("INTERVIEW");
        assertThat(invited.json("interviewAt")).isEqualTo("2026-12-01T01:30:00Z");
        assertThat(invited.json("nextSteps")).isEqualTo(List.of("OFFERED", "REJECTED"));

        Reply offered = expect(hr.post(path(id) + "/offer", fairOffer()), 200);
        assertThat(offered.json("status")).isEqualTo("OFFERED");
        assertThat(offered.json("offer.monthlyWage")).isEqualTo("5200.00");
        assertThat(offered.json("offer.contractMonths")).isEqualTo(12);

        Reply accepted = expect(me.post(path(id) + "/accept", ""), 200);
        assertThat(accepted.json("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.json("steps[*].status")).isEqualTo(List.of("APPLIED", "INTERVIEW", "OFFERED", "ACCEPTED"));
        assertThat(accepted.json("steps[*].by")).isEqualTo(List.of(meUser, hrUser, hrUser, meUser));
        assertThat(accepted.json("nextSteps")).isEqualTo(List.of());

        assertThat(fixtures.posting(posting.id()).openingsLeft()).isEqualTo(2);
        List<PlacementView> hired = Callers.runAs(Postings.CASEWORKER, () -> placements.ofWorker(worker));
        assertThat(hired).singleElement().satisfies(placement -> {
            assertThat(placement.posting()).isEqualTo(posting.id());
            assertThat(placement.householdCounty()).isEqualTo("433122");
            assertThat(placement.startDate()).isEqualTo(BureauTime.today().plusDays(7));
            assertThat(placement.monthlyWage()).isEqualTo(Money.ofYuan("5200"));
        });

        Reply timeline = ApiClient.as(port, "caseworker").get("/api/v1/workers/" + worker + "/timeline");
        assertThat(((List<?>) timeline.json("[*].kind")).stream().map(String::valueOf))
                .contains("APPLIED", "INTERVIEW_INVITED", "OFFERED", "OFFER_ACCEPTED");
        assertThat(timeline.json("[?(@.kind == 'OFFER_ACCEPTED')].changes.monthlyWage.to"))
                .isEqualTo(List.of("5200.00"));

        assertThat(hr.get(APPLICATIONS + "?status=ACCEPTED").json("items[*].id"))
                .isEqualTo(List.of(id));
        assertThat(me.get(APPLICATIONS).json("items[*].id")).isEqualTo(List.of(id));
    }

    @Test
    void anEmployerRecordsAnIntentionAtItsBooth() {
        EmployerId employer = fixtures.enterprise("现场意向家政公司");
        JobPostingView posting = fixtures.openPosting(employer, 5);
        FairId fair = fixtures.runningFair(employer, posting.id());
        WorkerId signedUp = ApplicationFixtures.worker(port, "现场甲", "433124");
        WorkerId walkedPast = ApplicationFixtures.worker(port, "现场乙", "433124");
        fixtures.signUp(fair, signedUp);
        ApiClient hr = as(port, fixtures.employerUser(employer));

        Reply recorded = hr.post(APPLICATIONS + "/intentions", intention(fair, posting, fixtures.code(fair, signedUp)));
        Reply byRecordId = hr.post(
                APPLICATIONS + "/intentions",
                "{\"fair\":\"" + fair + "\",\"posting\":\"" + posting.id() + "\",\"worker\":\"" + walkedPast + "\"}");
        Reply unknownCode = hr.post(APPLICATIONS + "/intentions", intention(fair, posting, "NOT-A-CODE-OF-THIS-FAIR"));

        created(recorded);
        assertThat(recorded.json("channel")).isEqualTo("ON_SITE");
        assertThat(recorded.json("fair")).isEqualTo(fair.toString());
        assertThat(byRecordId.status()).isEqualTo(422);
        assertThat(byRecordId.json("errors[0].field")).isEqualTo("code");
        assertThat(unknownCode.status()).isEqualTo(422);
        assertThat(unknownCode.json("errors[0].code")).isEqualTo("UNKNOWN_CODE");
        Reply tally = hr.get(APPLICATIONS + "/tally?fair=" + fair);
        assertThat(tally.json("applications")).isEqualTo(1);
        assertThat(tally.json("hires")).isEqualTo(0);
    }

    private static String intention(FairId fair, JobPostingView posting, String code) {
        return "{\"fair\":\"" + fair + "\",\"posting\":\"" + posting.id() + "\",\"code\":\"" + code + "\"}";
    }
}
