package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The flow in real Chromium: a caseworker reviews a claim, an approver approves it, the
 * public notice shows it masked to anyone, the approver pays it in a batch exported for the bank,
 * and the worker reads "paid" on their phone. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubsidyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aClaimIsReviewedApprovedNoticedPaidAndSeenPaidOnThePhone() {
        ClaimFixtures fixtures = new ClaimFixtures(context);
        PolicyView policy = fixtures.policy(
                PolicyKind.WORKER_EMPLOYMENT,
                Payee.WORKER,
                "800",
                "100000",
                OncePerPerson.LIFETIME,
                PaymentStages.once());
        PlacementView hire = fixtures.hire("浏览器", 12);
        ApplicationView claim = fixtures.apply(policy, hire);
        String worker = new TestUsers(userAccounts, passwords).create(Role.WORKER);
        accounts.linkWorker(worker, hire.worker().value());

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "caseworker", ApiClient.DEMO_PASSWORD);
            browser.get("/subsidies/applications/" + claim.id());
            assertThat(browser.text(By.id("claim-number"))).contains(claim.number());
            assertThat(browser.text(By.id("claim-reasons"))).contains("✓").doesNotContain("✗");
            browser.type(By.id("accept-note"), "劳动合同已核对");
            browser.clickAndLoad(By.id("accept"));
            assertThat(browser.text(By.id("flash"))).isEqualTo("已审核通过，等待审批。");
            browser.screenshot("subsidy-claim-accepted");
            signOut(browser);

            signIn(browser, "approver", ApiClient.DEMO_PASSWORD);
            browser.get("/subsidies/applications/" + claim.id());
            browser.clickAndLoad(By.id("approve"));
            assertThat(browser.text(By.id("flash"))).isEqualTo("已审批，开始公示。");
            ApplicationView approved = reread(claim);
            assertThat(browser.text(By.id("claim-notice")))
                    .isEqualTo(approved.noticeFrom() + " 至 " + approved.noticeUntil());
            browser.screenshot("subsidy-claim-approved");
            signOut(browser);
        }

        ApplicationView approved = reread(claim);
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.get("/public/subsidy-notice");
            String entry = browser.text(By.id("notice-card-" + claim.number()));
            assertThat(entry).startsWith("浏**").contains("800 元").doesNotContain("浏览");
            assertThat(entry).containsPattern("\\d{6}\\*{8}\\d{3}[0-9X]");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("subsidy-notice-phone");
        }

        noticeRunsOut(approved);
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "approver", ApiClient.DEMO_PASSWORD);
            browser.get("/subsidies/batches?policy=" + policy.code());
            assertThat(browser.text(By.id("payable-table"))).contains(claim.number());
            browser.clickAndLoad(By.id("make-batch"));
            assertThat(browser.text(By.id("lines-table"))).contains("6228480012345678", "800");
            assertThat(browser.find(By.id("export-xlsx")).isDisplayed()).isTrue();
            String batch = browser.currentPath().substring("/subsidies/batches/".length());
            String bankFile = new String(
                    ApiClient.as(port, "approver").download("/api/v1/payment-batches/" + batch + "/export?format=csv"),
                    StandardCharsets.UTF_8);
            assertThat(bankFile).contains("6228480012345678", "800.00");
            browser.clickAndLoad(By.id("paid-1"));
            assertThat(browser.text(By.id("batch-status"))).isEqualTo("已结清");
            browser.screenshot("subsidy-batch-paid");
        }

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, worker, TestUsers.PASSWORD);
            browser.get("/me");
            browser.scrollTo(By.id("my-subsidy-" + claim.number()));
            assertThat(browser.text(By.id("my-subsidy-" + claim.number()))).contains("已拨付", "¥800");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("subsidy-me-paid-phone");
        }
        assertThat(reread(claim).amount()).isEqualTo(Money.ofYuan("800"));
    }

    private ApplicationView reread(ApplicationView claim) {
        return Callers.runAs(
                ClaimFixtures.staff("reader", Role.CASEWORKER),
                () -> context.getBean(SubsidyApplications.class).find(claim.id()));
    }

    /** The five working days pass: the notice is moved a month back, as if approved then. */
    private void noticeRunsOut(ApplicationView approved) {
        jdbc.sql("""
                        update subsidy_application
                           set notice_from = notice_from - 30, notice_until = notice_until - 30
                         where id = :id
                        """).param("id", approved.id().value()).update();
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.clickAndLoad(By.id("sign-in"));
    }

    private static void signOut(Browser browser) {
        browser.click(By.id("userMenu"));
        browser.clickAndLoad(By.id("logout"));
    }
}
