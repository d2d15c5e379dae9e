package org.laborbridge.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.reporting.figures.FigureRefresh;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in real Chromium: every chart drawn on a canvas, the tiles saying what the summary
 * API says for the same filter, in three languages, and a partner's view on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

    private static final List<String> SUMMARY_FIGURES = List.of(
            "workersHelpedOut",
            "pointToPointBatches",
            "pointToPointTravellers",
            "fairs",
            "fairEmployers",
            "positionsOffered",
            "placements",
            "workshops",
            "workshopEmployees",
            "subsidiesPaidYuan");

    @LocalServerPort
    int port;

    @Autowired
    FigureRefresh refresh;

    private static boolean counted;

    /** Every demo record counted once, whichever seeded after the refresh at startup. */
    @BeforeEach
    void countEverything() {
        if (!counted) {
            refresh.refresh();
            counted = true;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void aCaseworkerSeesChartsAndTheSummarysNumbers(String language) {
        String filter = "?region=433100&from=2020-01&to=2026-12";
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "caseworker");
            assertThat(browser.currentPath()).startsWith("/reporting");
            browser.get("/reporting" + filter + "&lang=" + language);

            int charts = waitForCharts(browser);
            assertThat(charts).isPositive();
            assertThat(browser.driver().findElements(By.cssSelector("[data-chart] canvas")))
                    .hasSizeGreaterThanOrEqualTo(charts);
            Reply api = ApiClient.as(port, "caseworker").get("/api/v1/stats/summary" + filter);
            for (String figure : SUMMARY_FIGURES) {
                assertThat(new BigDecimal(browser.find(By.id("tile-" + figure)).getDomAttribute("data-value")))
                        .as(figure)
                        .isEqualByComparingTo(new BigDecimal(api.json(figure).toString()));
            }
            assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).startsWith(language.substring(0, 2));
            browser.screenshot("dashboard-caseworker-" + language);
        }
    }

    @Test
    void aPartnerSeesOnlyTheirRegionOnAPhone() {
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, "xiangxi");
            browser.get("/reporting");

            waitForCharts(browser);
            List<String> offered = browser.driver().findElements(By.cssSelector("#region option")).stream()
                    .map(option -> option.getDomAttribute("value"))
                    .filter(value -> !value.isEmpty())
                    .toList();
            assertThat(offered).containsExactly("433100");
            assertThat(browser.text(By.id("dashboard-scope"))).contains("433100");
            Reply api = ApiClient.as(port, "xiangxi").get("/api/v1/stats/summary");
            assertThat(browser.find(By.id("tile-workersHelpedOut")).getDomAttribute("data-value"))
                    .isEqualTo(api.json("workersHelpedOut").toString());
            assertThat(browser.pageWidth())
                    .as("tables scroll inside their box, charts fit the phone")
                    .isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("dashboard-partner-phone");
        }
    }

    /** Waits until every chart of the page is drawn; returns how many there are. */
    private static int waitForCharts(Browser browser) {
        browser.find(By.id("dashboard-tiles"));
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("[data-chart]"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> driver.findElements(By.cssSelector("[data-chart-ready='true']"))
                                .size()
                        == charts.size());
        return charts.size();
    }

    private static void signIn(Browser browser, String username) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), ApiClient.DEMO_PASSWORD);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
