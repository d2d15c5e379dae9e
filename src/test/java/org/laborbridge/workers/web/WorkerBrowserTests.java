package org.laborbridge.workers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.account.NewAccount;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.shared.Masking;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.laborbridge.support.TestResidentIds;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Caseworkers and workers using the registry's pages in real Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aCaseworkerRegistersAWorkerFindsThemAndShowsTheirFullId() {
        String id = TestResidentIds.next("433122");
        String name = "欧阳" + "春燕";
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.get("/login?lang=zh-CN");
            signIn(browser, "caseworker");

            browser.get("/workers/new");
            browser.type(By.id("residentId"), TestResidentIds.withWrongCheck(id));
            assertThat(browser.waitForText(By.id("resident-id-check"), "校验位")).contains("身份证号校验位不正确");

            browser.type(By.id("residentId"), id);
            String facts = browser.waitForText(By.id("resident-id-check"), "泸溪县");
            assertThat(facts).contains(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
            assertThat(facts).contains((id.charAt(16) - '0') % 2 == 1 ? "男" : "女");
            assertThat(browser.waitForValue(By.id("householdRegion"), "433122")).isEqualTo("433122");

            browser.type(By.id("phone"), "12345678901");
            browser.scrollTo(By.id("save-worker")).clickAndLoad(By.id("save-worker"));
            assertThat(browser.text(By.id("form-errors"))).isNotBlank();
            assertThat(browser.text(By.id("worker-form"))).contains("此项必填", "请填写中国大陆手机号码");
            assertThat(browser.find(By.id("residentId")).getDomProperty("value"))
                    .isEqualTo(id);
            browser.screenshot("worker-form-errors-zh-CN");

            browser.type(By.id("name"), name);
            String phone = TestResidentIds.nextPhone();
            browser.type(By.id("phone"), phone);
            browser.scrollTo(By.id("skill-WELDER_LICENCE")).click(By.id("skill-WELDER_LICENCE"));
            browser.scrollTo(By.id("job-ASSEMBLY")).click(By.id("job-ASSEMBLY"));
            browser.scrollTo(By.id("registeredPoor")).click(By.id("registeredPoor"));
            browser.scrollTo(By.id("save-worker")).clickAndLoad(By.id("save-worker"));

            assertThat(browser.currentPath()).matches("/workers/[0-9a-f-]{36}");
            assertThat(browser.text(By.id("flash"))).contains(name);
            assertThat(browser.text(By.id("masked-residentId"))).isEqualTo(Masking.residentId(id));
            assertThat(browser.text(By.id("poor-status"))).contains("待核实");
            assertThat(browser.text(By.id("timeline"))).contains("登记");
            browser.click(By.id("reveal-residentId-button"));
            assertThat(browser.waitForText(By.id("value-residentId"), id)).isEqualTo(id);
            browser.screenshot("worker-detail-zh-CN");

            browser.get("/workers");
            browser.type(By.id("q"), "oycy");
            assertThat(browser.waitForText(By.id("worker-results"), name)).contains(Masking.residentId(id));
            browser.screenshot("worker-list-zh-CN");

            browser.get("/workers?lang=en");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Workers");
            browser.screenshot("worker-list-en");

            browser.get("/workers/new?lang=zh-TW");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("登記勞動力");
            browser.screenshot("worker-form-zh-TW");
            browser.get("/?lang=zh-CN");
        }
    }

    @Test
    void aWorkerReadsTheirOwnRecordOnAPhone() {
        WorkerRecord worker = registerAsCaseworker("王小花", TestResidentIds.next("433123"));
        String username = "worker-phone-" + Long.toString(System.nanoTime(), 36);
        accounts.createIfAbsent(new NewAccount(
                username,
                passwords.encode(ApiClient.DEMO_PASSWORD),
                "王小花",
                Role.WORKER,
                List.of(),
                null,
                worker.id().value()));

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            browser.get("/login?lang=zh-CN");
            signIn(browser, username);
            browser.get("/workers/" + worker.id());

            assertThat(browser.text(By.id("worker-name"))).isEqualTo("王小花");
            assertThat(browser.text(By.id("worker-household"))).contains("凤凰县");
            assertThat(browser.pageWidth())
                    .as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("worker-detail-phone");
        }
    }

    private WorkerRecord registerAsCaseworker(String name, String residentId) {
        UserDetails caseworker = users.loadUserByUsername("caseworker");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        caseworker, null, caseworker.getAuthorities()));
        try {
            return registry.register(new WorkerForm(
                    name,
                    residentId,
                    null,
                    TestResidentIds.nextPhone(),
                    true,
                    "4331230001",
                    LaborCapacity.FULL,
                    true,
                    Education.JUNIOR_SECONDARY,
                    List.of("ELECTRICIAN_LICENCE", "FORKLIFT_LICENCE"),
                    List.of("ASSEMBLY", "WELDER"),
                    Situation.SEEKING,
                    "希望去济南的电子厂工作，最好包住宿。"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(Browser browser, String username) {
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), ApiClient.DEMO_PASSWORD);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
