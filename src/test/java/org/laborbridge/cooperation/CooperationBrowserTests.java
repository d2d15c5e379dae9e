package org.laborbridge.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator managing partner regions in real Chromium, and a partner reading them on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CooperationBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorAddsAPartnerRegionThroughTheForm() {
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "admin");
            browser.get("/cooperation?lang=en");
            browser.clickAndLoad(By.id("add-partner-region"));
            assertThat(browser.title()).isEqualTo("Add partner region");

            browser.type(By.id("regionCode"), "999999");
            browser.type(By.id("agreementName"), "济南—镇远劳务协作协议");
            browser.find(By.id("validFrom")).sendKeys("01012024");
            browser.clickAndLoad(By.id("save"));
            assertThat(browser.text(By.id("regionCode-errors")))
                    .isEqualTo("Region: no administrative division has the code 999999.");
            browser.screenshot("cooperation-form-invalid-en");

            browser.type(By.id("regionCode"), "522625");
            assertThat(browser.text(By.id("region-name"))).contains("镇远县");
            browser.click(By.id("flag-CHARTER_FULLY_SUBSIDISED"));
            browser.clickAndLoad(By.id("save"));

            assertThat(browser.currentPath()).isEqualTo("/cooperation");
            assertThat(browser.text(By.id("saved-notice"))).contains("522625");
            assertThat(browser.text(By.id("partner-region-522625")))
                    .contains("镇远县", "County", "济南—镇远劳务协作协议", "2024-01-01", "Charter fully subsidised", "Active");
            browser.screenshot("cooperation-list-admin-en");
        }
    }

    @Test
    void aPartnerReadsTheListOnAPhone() {
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, "xiangxi");
            browser.get("/cooperation");

            assertThat(browser.text(By.id("partner-region-433100"))).contains("湘西土家族苗族自治州", "点对点包车全额补贴");
            assertThat(browser.driver().findElements(By.id("add-partner-region")))
                    .isEmpty();
            assertThat(browser.pageWidth())
                    .as("the table scrolls inside its box, not the page")
                    .isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("cooperation-list-partner-phone");
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), ApiClient.DEMO_PASSWORD);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
