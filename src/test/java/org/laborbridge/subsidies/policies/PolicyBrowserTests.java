package org.laborbridge.subsidies.policies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator registers and revises a policy on a phone in real Chromium; nothing spills sideways. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorRegistersAndRevisesAPolicyOnAPhone() {
        String code = "PHONE-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.get("/login");
            browser.type(By.id("username"), "admin");
            browser.type(By.id("password"), ApiClient.DEMO_PASSWORD);
            browser.clickAndLoad(By.id("sign-in"));

            browser.get("/subsidies/policies");
            browser.clickAndLoad(By.id("new-policy"));
            browser.type(By.id("code"), code);
            browser.type(By.id("name"), "手机登记测试补贴");
            browser.find(By.cssSelector("#kind option[value='WORKER_EMPLOYMENT']"))
                    .click();
            browser.find(By.cssSelector("#payee option[value='WORKER']")).click();
            browser.type(By.id("fixedAmount"), "1000.555");
            browser.type(By.id("stages"), "3 50\n6 40");
            browser.scrollTo(By.id("contract")).click(By.id("contract"));
            browser.type(By.id("contractMonths"), "6");
            // A date input types in the browser's locale order; the value it sends is ISO either way.
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('validFrom').value = '2026-01-01'");
            browser.type(By.id("budget"), "200000");
            browser.scrollTo(By.id("save-policy")).clickAndLoad(By.id("save-policy"));

            assertThat(browser.text(By.id("amount-errors"))).isEqualTo("金额最多保留两位小数（精确到分）");
            assertThat(browser.text(By.id("stages-errors"))).contains("合计为 90%");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("subsidy-policy-form-refused-phone");

            browser.type(By.id("fixedAmount"), "1000");
            browser.type(By.id("stages"), "3 50\n6 50");
            browser.scrollTo(By.id("save-policy")).clickAndLoad(By.id("save-policy"));
            assertThat(browser.text(By.id("flash"))).contains(code, "第 1 版");
            assertThat(browser.text(By.id("conditions"))).contains("劳动合同至少 6 个月");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("subsidy-policy-detail-phone");

            browser.clickAndLoad(By.id("revise-policy"));
            browser.type(By.id("contractMonths"), "12");
            browser.scrollTo(By.id("save-policy")).clickAndLoad(By.id("save-policy"));
            assertThat(browser.text(By.id("flash"))).isEqualTo("第 2 版已保存。");
            assertThat(browser.text(By.id("conditions"))).contains("劳动合同至少 12 个月");
            assertThat(browser.text(By.id("history"))).contains("第 1 版", "第 2 版");

            browser.get("/subsidies/policies");
            assertThat(browser.text(By.id("policy-" + code))).contains("1,000 元/人", "3 个月后 50%，6 个月后 50%");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("subsidy-policies-list-phone");
        }
    }
}
