package org.laborbridge.workers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.laborbridge.support.TestResidentIds;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A caseworker uploads a roster in Chromium and reads the row-by-row report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerImportBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void uploadsARosterAndShowsWhatWasAddedAndWhatWasRefused(@TempDir Path directory) throws Exception {
        String valid = TestResidentIds.next("433124");
        Path roster = directory.resolve("roster.csv");
        Files.write(
                roster,
                Rosters.csv(
                        StandardCharsets.UTF_8,
                        Rosters.HEADER,
                        Rosters.row("石秀英", valid),
                        Rosters.row("龙建华", TestResidentIds.withWrongCheck(TestResidentIds.next("433124")))));

        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.get("/login?lang=en");
            browser.type(By.id("username"), "caseworker");
            browser.type(By.id("password"), ApiClient.DEMO_PASSWORD);
            browser.clickAndLoad(By.id("sign-in"));
            browser.get("/workers/imports");
            browser.find(By.id("import-file")).sendKeys(roster.toAbsolutePath().toString());
            new Select(browser.find(By.id("import-mode"))).selectByValue("VALID_ROWS");
            browser.click(By.id("import-submit"));

            String counts = browser.waitForText(By.id("import-counts"), "Added");
            assertThat(browser.find(By.cssSelector("[data-count=accepted]")).getText())
                    .isEqualTo("1");
            assertThat(browser.find(By.cssSelector("[data-count=rejected]")).getText())
                    .isEqualTo("1");
            assertThat(browser.text(By.id("import-errors"))).contains("3", "residentId", "CHECKSUM");
            assertThat(counts).isNotBlank();
            browser.screenshot("worker-import-report-en");
        }
    }
}
