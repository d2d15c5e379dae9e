package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.support.Browser;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An administrator ties an enterprise's HR account to it; from then on that user sees only it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmployerAccountLinkTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    EmployerFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new EmployerFixtures(port, context);
    }

    @Test
    void anAdministratorTiesAnHrAccountToItsEnterprise() {
        String own = fixtures.register("济南账号关联测试电子有限公司");
        String other = fixtures.register("济南账号关联别家有限公司");
        String hr = new TestUsers(accounts, passwords).create(Role.EMPLOYER);

        Reply linked = ApiClient.as(port, "admin").post(link(own), "{\"username\":\"" + hr + "\"}");

        assertThat(linked.status()).isEqualTo(204);
        ApiClient signedIn = ApiClient.as(port, hr, TestUsers.PASSWORD);
        assertThat(signedIn.get("/api/v1/employers/" + own).status()).isEqualTo(200);
        assertThat(signedIn.get("/api/v1/employers/" + other).status()).isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorLinksAndOnlyEmployerAccounts() {
        String enterprise = fixtures.register("济南账号关联拒绝测试有限公司");

        Reply byCaseworker = fixtures.caseworker().post(link(enterprise), "{\"username\":\"employer\"}");
        Reply aWorker = ApiClient.as(port, "admin").language("en").post(link(enterprise), "{\"username\":\"worker\"}");

        assertThat(byCaseworker.status()).isEqualTo(403);
        assertThat(aWorker.status()).isEqualTo(422);
        assertThat(aWorker.json("errors[0].field")).isEqualTo("username");
        assertThat(aWorker.json("errors[0].code")).isEqualTo("NOT_AN_EMPLOYER_ACCOUNT");
        assertThat(aWorker.json("errors[0].message")).isEqualTo("There is no employer account of that name.");
    }

    @Test
    void anAdministratorLinksOnTheEnterprisePage() {
        String enterprise = fixtures.register("济南页面关联账号测试有限公司");
        String hr = new TestUsers(accounts, passwords).create(Role.EMPLOYER);
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            browser.get("/login");
            browser.type(By.id("username"), "admin");
            browser.type(By.id("password"), ApiClient.DEMO_PASSWORD);
            browser.clickAndLoad(By.id("sign-in"));
            browser.get("/employers/" + enterprise);

            browser.type(By.id("account-username"), "no-such-account");
            browser.clickAndLoad(By.id("link-account-button"));
            assertThat(browser.text(By.id("link-account"))).contains("该账号不存在或不是企业账号");

            browser.type(By.id("account-username"), hr);
            browser.clickAndLoad(By.id("link-account-button"));
            assertThat(browser.text(By.id("flash"))).contains(hr);
            browser.screenshot("employers-account-linked");
        }
        assertThat(ApiClient.as(port, hr, TestUsers.PASSWORD)
                        .get("/api/v1/employers/" + enterprise)
                        .status())
                .isEqualTo(200);
    }

    private static String link(String enterprise) {
        return "/api/v1/employers/" + enterprise + "/accounts";
    }
}
