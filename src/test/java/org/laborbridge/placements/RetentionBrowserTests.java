package org.laborbridge.placements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.laborbridge.workers.WorkerRegistry;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A caseworker works through the retention due list in real Chromium: one worker is still in the
 * job (one click), another has left (reason and note on the placement's page). The placements
 * start a year ago, so their checks are the oldest in the shared test database and come first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetentionBrowserTests {

    private static final String YINAN = "371321";

    @LocalServerPort
    int port;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Placements placements;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    PasswordEncoder passwords;

    PlacementFixtures fixtures;
    JobPostingView posting;
    TestUsers users;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(employers, postings, registry, placements, transactions);
        users = new TestUsers(userAccounts, passwords);
        posting = fixtures.posting("济南浏览器测试家政服务有限公司", 10);
    }

    @Test
    void aCaseworkerRecordsOutcomesFromTheDueList() {
        PlacementView staying = place("王小红", LONG_AGO + 1);
        PlacementView leaving = place("李建国", LONG_AGO);

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "caseworker");
            browser.get("/placements/due");
            String stayingRow = "due-" + staying.id() + "-1";
            assertThat(browser.text(By.id(stayingRow))).contains("王小红", "沂南县", "济南浏览器测试家政服务有限公司", "第 1 个月回访", "逾期");
            assertThat(Long.parseLong(browser.text(By.id("count-overdue")))).isPositive();
            browser.screenshot("placements-due-caseworker");

            browser.clickAndLoad(By.cssSelector("#" + stayingRow + " .still-working"));
            assertThat(browser.currentPath()).startsWith("/placements/due");
            assertThat(browser.text(By.id("flash"))).isEqualTo("已登记回访结果。");
            assertThat(browser.driver().findElements(By.id(stayingRow))).isEmpty();

            browser.clickAndLoad(By.cssSelector("#due-" + leaving.id() + "-1 .record-other"));
            assertThat(browser.currentPath()).startsWith("/placements/" + leaving.id());
            browser.scrollTo(By.id("check-form-1")).click(By.id("outcome-left-1"));
            browser.clickAndLoad(By.id("record-1"));
            assertThat(browser.text(By.id("refused-check-1"))).isEqualTo("离岗原因：必须选择。");
            browser.scrollTo(By.id("check-form-1")).click(By.id("outcome-left-1"));
            new Select(browser.find(By.id("reason-1"))).selectByValue("WAGES");
            browser.type(By.id("note-1"), "电话回访：工资发放不及时，已返乡");
            browser.clickAndLoad(By.id("record-1"));

            assertThat(browser.text(By.id("flash"))).isEqualTo("已登记回访结果。");
            assertThat(browser.text(By.id("outcome-1"))).contains("已离岗", "caseworker", "工资发放不及时");
            assertThat(browser.text(By.id("left-on")))
                    .contains(BureauTime.today().toString(), "工资待遇");
            assertThat(browser.text(By.id("check-3"))).contains("无需回访");
            browser.screenshot("placements-detail-left-caseworker");
        }
    }

    @Test
    void theDueListAndAPlacementReadWellOnAPhone() {
        PlacementView placed = place("张桂英", LONG_AGO + 2);

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, "caseworker");
            browser.get("/placements/due?lang=en");
            assertThat(browser.text(By.id("due-" + placed.id() + "-1"))).contains("张桂英", "Month 1 check");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("placements-due-phone-en");

            browser.get("/placements/" + placed.id());
            assertThat(browser.text(By.id("placement-terms"))).contains("张桂英", "沂南县");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("placements-detail-phone-en");

            browser.get("/placements?lang=zh-TW&employer=" + posting.employerId());
            assertThat(browser.text(By.id("placements-cards"))).contains("张桂英", "待上崗");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("placements-list-phone-zh-TW");
        }
    }

    @Test
    void anEmployerSeesTheirHireAndConfirmsTheStart() {
        String hr = users.create(Role.EMPLOYER);
        accounts.linkEmployer(hr, posting.employerId().value());
        PlacementView placed = place("赵春燕", 2);

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, hr, TestUsers.PASSWORD);
            browser.get("/placements?lang=en");
            assertThat(browser.text(By.id("placements-table"))).contains("赵春燕", "Starting");
            assertThat(browser.driver().findElements(By.id("due-list-link"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("employer"))).isEmpty();

            browser.get("/placements/" + placed.id() + "?lang=en");
            assertThat(browser.driver().findElements(By.id("check-form-1"))).isEmpty();
            browser.clickAndLoad(By.id("confirm-start"));

            assertThat(browser.text(By.id("flash"))).isEqualTo("Start confirmed.");
            assertThat(browser.text(By.id("started-on")))
                    .isEqualTo(placed.startDate().toString());
            browser.screenshot("placements-detail-employer-en");
        }
    }

    /**
     * Days before today these tests' hires started: earlier than any other test's, because the due
     * list shows the oldest checks first and other tests leave hires of 2018 and 2019 unchecked.
     */
    private static final int LONG_AGO = 10 * 365;

    private PlacementView place(String name, int daysAgo) {
        return fixtures.place(
                fixtures.worker(name, YINAN), YINAN, posting, BureauTime.today().minusDays(daysAgo), 24);
    }

    private static void signIn(Browser browser, String username) {
        signIn(browser, username, ApiClient.DEMO_PASSWORD);
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
