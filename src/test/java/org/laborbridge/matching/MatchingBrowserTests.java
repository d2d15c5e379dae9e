package org.laborbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerFixtures;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.support.Browser;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A worker on their phone sees the postings recommended for them, with reasons, and opens one to apply. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    Accounts accounts;

    @Test
    void aWorkerSeesTheirRecommendationsOnAPhone() {
        MatchingFixtures fixtures = new MatchingFixtures(new EmployerFixtures(port, context), registry);
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        fixtures.published(fixtures.enterprise(), "HANDICRAFT", 2);
        String username = new TestUsers(context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class))
                .create(Role.WORKER);
        accounts.linkWorker(username, worker.id().value());

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.get("/login?lang=en");
            browser.type(By.id("username"), username);
            browser.type(By.id("password"), TestUsers.PASSWORD);
            browser.clickAndLoad(By.id("sign-in"));
            browser.get("/me?lang=en");

            browser.scrollTo(By.id("recommendations"));
            assertThat(browser.text(By.id("recommendations"))).contains("Recommended for you");
            // Other tests publish postings that score as high; any of the top five will do.
            By recommended = By.cssSelector(".recommended-posting");
            assertThat(browser.text(recommended)).contains("% match", "See and apply");
            assertThat(browser.pageWidth())
                    .as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("matching-me-recommendations-en");

            browser.clickAndLoad(recommended);
            assertThat(browser.currentPath()).startsWith("/me/postings/");
        }
    }
}
