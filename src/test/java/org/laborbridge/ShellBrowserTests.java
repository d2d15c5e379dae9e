package org.laborbridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person signing in, reading the shell in each language and signing out, in real Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void signsInSwitchesEachLanguageAndSignsOut() {
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.get("/");
            assertThat(browser.currentPath()).startsWith("/login");
            browser.screenshot("login-zh-CN");

            signIn(browser, "caseworker", ApiClient.DEMO_PASSWORD);
            assertThat(browser.text(By.id("current-user"))).isEqualTo("caseworker");
            assertThat(browser.text(By.id("mainNav"))).contains("劳动力");
            browser.screenshot("home-caseworker-zh-CN");

            switchLanguage(browser, "lang-zh-TW");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-TW");
            assertThat(browser.text(By.id("mainNav"))).contains("勞動力");
            browser.screenshot("home-caseworker-zh-TW");

            switchLanguage(browser, "lang-en");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.text(By.id("mainNav"))).contains("Workers");
            browser.screenshot("home-caseworker-en");

            browser.get("/no-such-page");
            assertThat(browser.text(By.tagName("main"))).contains("Page not found");
            browser.screenshot("not-found-en");
            assertThat(browser.pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(Browser.DESKTOP.getWidth());

            browser.get("/matching");
            assertThat(browser.text(By.id("index-status"))).contains("Workers seeking work");
            browser.screenshot("matching-overview-en");

            switchLanguage(browser, "lang-zh-CN");
            assertThat(browser.text(By.id("mainNav"))).contains("劳动力");

            browser.click(By.id("userMenu"));
            browser.clickAndLoad(By.id("logout"));
            assertThat(browser.text(By.id("logged-out"))).isNotBlank();
            browser.screenshot("logged-out-zh-CN");
        }
    }

    @Test
    void aWrongPasswordIsToldPlainly() {
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.get("/login?lang=en");
            signIn(browser, "approver", "not-the-password");

            assertThat(browser.currentPath()).startsWith("/login");
            assertThat(browser.text(By.id("login-error"))).containsIgnoringCase("password");
            browser.screenshot("login-wrong-password-en");
        }
    }

    @Test
    void aWorkerSeesTheirHomeOnAPhone() {
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.get("/login?lang=zh-CN");
            signIn(browser, "worker", ApiClient.DEMO_PASSWORD);

            assertThat(browser.text(By.tagName("main"))).isNotBlank();
            assertThat(browser.pageWidth())
                    .as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("home-worker-phone");
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.clickAndLoad(By.id("sign-in"));
    }

    private static void switchLanguage(Browser browser, String languageId) {
        browser.click(By.id("languageMenu"));
        browser.clickAndLoad(By.id(languageId));
    }
}
