package org.laborbridge.fairs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.fairs.applications.ApplicationRequests.appliedByCaseworker;

import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.support.Browser;
import org.laborbridge.workers.WorkerId;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An enterprise's HR going from its applicants list to an offer, in real Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicantsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationFixtures fixtures;

    @Test
    void anEmployerOpensAnApplicantAndMakesAnOffer() {
        EmployerId employer = fixtures.enterprise("济南浏览器测试电子有限公司");
        JobPostingView posting = fixtures.openPosting(employer, 20);
        WorkerId worker = ApplicationFixtures.worker(port, "向秀兰", "433122");
        String application = appliedByCaseworker(port, worker, posting.id());
        String hr = fixtures.employerUser(employer);

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, hr);
            browser.get("/applications");
            assertThat(browser.text(By.id("applications"))).contains("向秀兰", "电子厂普工", "已应聘");
            browser.screenshot("applications-list-employer");

            browser.clickAndLoad(By.cssSelector("[data-application='" + application + "']"));
            assertThat(browser.currentPath()).isEqualTo("/applications/" + application);
            assertThat(browser.text(By.id("wage-range"))).contains("4,500", "6,000");
            assertThat(browser.text(By.tagName("main"))).doesNotContain("??");

            browser.type(By.id("offer-monthly-wage"), "6800");
            browser.clickAndLoad(By.id("offer-button"));
            assertThat(browser.text(By.id("step-errors"))).contains("月工资须在岗位公布的 4500.00 至 6000.00 元之间");
            browser.scrollTo(By.id("offer-form"));
            browser.screenshot("application-offer-refused");

            browser.type(By.id("offer-monthly-wage"), "5200");
            browser.clickAndLoad(By.id("offer-button"));
            assertThat(browser.text(By.id("flash"))).isEqualTo("已发出录用意向。");
            assertThat(browser.text(By.id("application-status"))).isEqualTo("已发录用意向");
            assertThat(browser.text(By.id("offer-wage"))).isEqualTo("5,200 元/月");
            assertThat(browser.text(By.id("application-steps"))).contains("已应聘", "已发录用意向", hr);
            browser.screenshot("application-offered");
        }
    }

    @Test
    void anEmployerReadsTheApplicantsOnAPhone() {
        EmployerId employer = fixtures.enterprise("手机应聘列表公司");
        JobPostingView posting = fixtures.openPosting(employer, 5);
        WorkerId worker = ApplicationFixtures.worker(port, "彭小军", "433127");
        String application = appliedByCaseworker(port, worker, posting.id());

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, fixtures.employerUser(employer));
            browser.get("/applications/" + application + "?lang=en");

            assertThat(browser.text(By.id("application-status"))).isEqualTo("Applied");
            assertThat(browser.text(By.tagName("main")))
                    .contains("By staff for the worker")
                    .doesNotContain("??");
            assertThat(browser.find(By.id("offer-form")).isDisplayed()).isTrue();
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("application-detail-phone-en");
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), TestUsers.PASSWORD);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
