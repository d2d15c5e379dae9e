package org.laborbridge.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.laborbridge.workers.WorkerRegistry;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The workshop page draws its headcount chart in a real browser, on a desk and on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkshopBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Workshops workshops;

    @Autowired
    WorkerRegistry registry;

    @Test
    void theDetailPageDrawsTheHeadcountChart() {
        WorkshopFixtures fixtures = new WorkshopFixtures(workshops, registry);
        WorkshopView workshop = fixtures.workshop();
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, true), true);
        fixtures.employ(workshop, fixtures.worker(WorkshopFixtures.BAOJING, false), true);

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "caseworker");
            browser.get("/workshops/" + workshop.id());
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(driver -> "true"
                            .equals(browser.find(By.id("headcount-chart-area")).getAttribute("data-chart-ready")));
            assertThat(browser.driver()
                            .findElements(By.cssSelector("#headcount-chart-area canvas"))
                            .size())
                    .isPositive();
            assertThat(browser.text(By.id("status-history"))).isNotBlank();
            browser.screenshot("workshop-detail-chart");
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), ApiClient.DEMO_PASSWORD);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
