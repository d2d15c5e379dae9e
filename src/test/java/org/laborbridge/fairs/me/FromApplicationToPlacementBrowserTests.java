package org.laborbridge.fairs.me;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.Postings;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.applications.ApplicationFixtures;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.support.Browser;
import org.laborbridge.workers.WorkerId;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole way in real Chromium: a worker applies on a phone, the employer offers, the
 * worker accepts on the phone, and a caseworker sees the placement with its retention checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FromApplicationToPlacementBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Autowired
    Placements placements;

    @Test
    void aWorkerAppliesOnAPhoneAcceptsTheOfferAndTheCaseworkerFollowsThePlacement() {
        EmployerId employer = fixtures.enterprise("济南全程录用电子有限公司");
        JobPostingView posting = fixtures.openPosting(employer, withoutAgeLimits(Postings.assemblyJob(8)));
        WorkerId worker = ApplicationFixtures.worker(port, "田春花", "433124");
        String workerUser = fixtures.workerUser(worker);

        try (Browser phone = Browser.open(port, Browser.PHONE)) {
            signIn(phone, workerUser, TestUsers.PASSWORD);
            phone.get("/me");
            assertThat(phone.text(By.id("me-name"))).isEqualTo("田春花");
            assertThat(phone.text(By.id("no-applications"))).isNotBlank();
            phone.scrollTo(By.id("more-postings")).clickAndLoad(By.id("more-postings"));
            phone.scrollTo(By.id("posting-" + posting.id())).clickAndLoad(By.id("posting-" + posting.id()));
            assertThat(phone.text(By.id("posting-title"))).isEqualTo(posting.title());
            phone.screenshot("me-posting-phone");

            phone.clickAndLoad(By.id("apply"));
            phone.screenshot("me-applied-phone");
            assertThat(phone.text(By.id("flash"))).contains("应聘已提交");
            assertThat(phone.currentPath()).isEqualTo("/me#applications");
            assertThat(phone.text(By.id("applications"))).contains(posting.title(), "已应聘");
            assertThat(phone.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
        }

        ApplicationView application = onlyApplicationOf(worker);
        try (Browser desk = Browser.open(port, Browser.DESKTOP)) {
            signIn(desk, fixtures.employerUser(employer), TestUsers.PASSWORD);
            desk.get("/applications/" + application.id());
            desk.type(By.id("offer-monthly-wage"), "5200");
            desk.clickAndLoad(By.id("offer-button"));
            assertThat(desk.text(By.id("application-status"))).isEqualTo("已发录用意向");
        }

        try (Browser phone = Browser.open(port, Browser.PHONE)) {
            signIn(phone, workerUser, TestUsers.PASSWORD);
            phone.get("/me");
            By offer = By.id("application-" + application.id());
            assertThat(phone.text(offer)).contains("已发录用意向", "5,200 元/月");
            phone.screenshot("me-offer-phone");
            phone.clickAndLoad(By.cssSelector("#application-" + application.id() + " .accept-offer"));
            assertThat(phone.text(By.id("flash"))).contains("您已接受录用");
            assertThat(phone.text(By.id("placement"))).contains("济南全程录用电子有限公司", "待上岗");
            phone.screenshot("me-placement-phone");
        }

        PlacementView placement = Callers.runAs(Postings.CASEWORKER, () -> placements.ofWorker(worker))
                .get(0);
        assertThat(placement.startDate())
                .isEqualTo(onlyApplicationOf(worker).offer().startDate());
        try (Browser desk = Browser.open(port, Browser.DESKTOP)) {
            signIn(desk, "caseworker", "laborbridge-demo");
            desk.get("/placements/" + placement.id());
            assertThat(desk.text(By.id("placement-title"))).contains("济南全程录用电子有限公司");
            assertThat(desk.text(By.id("retention-checks")))
                    .contains(placement.startDate().plusMonths(1).toString())
                    .contains(placement.startDate().plusMonths(3).toString())
                    .contains(placement.startDate().plusMonths(6).toString());
            desk.screenshot("placement-with-retention-checks");

            desk.get("/workers/" + worker);
            assertThat(desk.text(By.id("timeline"))).contains("应聘岗位", "收到录用意向", "接受录用", "录用", "5200");
            desk.scrollTo(By.id("timeline")).screenshot("worker-timeline-to-placement");
        }
    }

    /** Test workers are born 1960 to 1999; this job takes any of them. */
    private static JobPostingForm withoutAgeLimits(JobPostingForm job) {
        return new JobPostingForm(
                job.title(),
                job.jobType(),
                job.headcount(),
                job.wageMin(),
                job.wageMax(),
                job.workRegionCode(),
                job.workAddress(),
                job.housingProvided(),
                job.mealsProvided(),
                job.workingHours(),
                null,
                null,
                job.requiredSkills(),
                job.minEducation(),
                job.validFrom(),
                job.validUntil());
    }

    private ApplicationView onlyApplicationOf(WorkerId worker) {
        return Callers.runAs(Postings.CASEWORKER, () -> applications.ofWorker(worker))
                .get(0);
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
