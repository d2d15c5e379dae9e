package org.laborbridge.fairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.identity.Callers;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.WorkerRegistry;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The fair page in real Chromium: the check-in desk, a pasted list, and a worker's own code on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FairBrowserTests {

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

    @Autowired
    JdbcClient jdbc;

    FairFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FairFixtures(fairs, employers, postings, registry);
    }

    @Test
    void aCaseworkerChecksInByIdNumberAndSignsUpAPastedList() {
        FairView fair = fixtures.openToday("济南—湘西东西部劳务协作现场招聘会");
        FairFixtures.Enterprise enterprise = fixtures.enterpriseWithOpenPosting("济南浏览器测试电子有限公司");
        Callers.runAs(
                FairFixtures.ADMIN,
                () -> fairs.join(fair.id(), new Participation(enterprise.id(), "A01", List.of(enterprise.posting()))));
        String walkIn = TestResidentIds.next("433122", true);
        fixtures.worker("彭小梅", walkIn);
        String pasted = TestResidentIds.next("433124");
        fixtures.worker("石大勇", pasted);

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "caseworker");
            browser.get("/fairs/" + fair.id());
            assertThat(browser.text(By.id("participant-table"))).contains("A01", "济南浏览器测试电子有限公司", "装配工", "100");
            ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("fair-page-desktop");

            browser.type(By.id("check-in-input"), walkIn);
            browser.clickAndLoad(By.id("check-in-submit"));
            assertThat(browser.text(By.id("check-in-result")))
                    .contains("彭小梅", "未预先报名，已当场报名并签到")
                    .doesNotContain(walkIn);
            assertThat(browser.text(By.id("tally-checked-in"))).isEqualTo("1");
            browser.screenshot("fair-check-in-desktop");

            browser.scrollTo(By.id("residentIds"));
            browser.type(By.id("residentIds"), pasted + "\n12345\n" + walkIn);
            browser.clickAndLoad(By.id("paste-submit"));
            assertThat(browser.text(By.id("paste-summary"))).isEqualTo("共 3 行：已保存 1 行，未保存 2 行。");
            assertThat(browser.text(By.id("line-1"))).contains("已报名", "石大勇");
            assertThat(browser.text(By.id("line-2"))).contains("号码无效", "身份证号应为18位");
            assertThat(browser.text(By.id("line-3"))).contains("此前已报名");
            assertThat(browser.text(By.id("sign-up-table"))).contains("彭小梅", "石大勇");
            browser.scrollTo(By.id("paste-report"));
            browser.screenshot("fair-pasted-list-desktop");
        }
    }

    @Test
    void theFairPageFitsAPhone() {
        FairView fair = fixtures.openToday("手机页面测试招聘会");
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, "caseworker");
            browser.get("/fairs/" + fair.id());
            assertThat(browser.find(By.id("check-in-input")).isDisplayed()).isTrue();
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("fair-desk-phone");
            browser.get("/fairs");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("fair-list-phone");
        }
    }

    @Test
    void aWorkerSignsUpOnTheirPhoneAndGetsTheirCode() {
        FairView fair = fixtures.openToday("求职者报名测试招聘会");
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, "worker");
            browser.get("/fairs/" + fair.id());
            browser.clickAndLoad(By.id("sign-up-me"));
            assertThat(browser.text(By.id("flash"))).isEqualTo("报名成功。");
            Number width = (Number) ((JavascriptExecutor) browser.driver())
                    .executeScript("return document.getElementById('my-code').naturalWidth");
            assertThat(width.intValue()).isPositive();
            assertThat(browser.driver().findElements(By.id("check-in"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("sign-up-table"))).isEmpty();
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.scrollTo(By.id("my-sign-up"));
            browser.screenshot("fair-worker-code-phone");
        }
    }

    @Test
    void anEmployerRecordsAnIntentionByScanningTheWorkersCode() {
        FairView fair = fixtures.openToday("现场意向测试招聘会");
        EmployerId own = Callers.runAs(
                FairFixtures.ADMIN,
                () -> employers.search("济南鲁泰精密电子有限公司", 0, 1).items().get(0).id());
        JobPostingId posting = Callers.runAs(
                FairFixtures.ADMIN,
                () -> postings.search(new PostingQuery(null, null, null, own, PostingStatus.OPEN, 0, 1))
                        .items()
                        .get(0)
                        .id());
        Callers.runAs(FairFixtures.ADMIN, () -> fairs.join(fair.id(), new Participation(own, "B07", List.of(posting))));
        String residentId = TestResidentIds.next("433123");
        fixtures.worker("龙小燕", residentId);
        Callers.runAs(FairFixtures.ADMIN, () -> fairs.signUpAll(fair.id(), residentId));
        String token = jdbc.sql("select qr_token from fair_sign_up where fair_id = :fair")
                .param("fair", fair.id().value())
                .query(String.class)
                .single();

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "employer");
            browser.get("/fairs/" + fair.id());
            assertThat(browser.driver().findElements(By.id("sign-up-table"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("check-in"))).isEmpty();
            browser.scrollTo(By.id("intention-worker"));
            browser.type(By.id("intention-worker"), token);
            browser.clickAndLoad(By.id("intention-submit"));
            assertThat(browser.text(By.id("intention-done"))).isEqualTo("已登记求职意向。");
            assertThat(browser.text(By.id("tally-applications"))).isEqualTo("1");
            browser.screenshot("fair-intention-employer");
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), ApiClient.DEMO_PASSWORD);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
