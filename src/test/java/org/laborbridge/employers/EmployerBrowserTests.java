package org.laborbridge.employers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.Browser;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A caseworker registering an enterprise and publishing its posting in real Chromium; an employer on a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmployerBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aCaseworkerRegistersAnEnterpriseAndPublishesAPosting() {
        String creditCode = TestCreditCodes.next();
        try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
            signIn(browser, "caseworker", ApiClient.DEMO_PASSWORD);
            browser.get("/employers");
            browser.clickAndLoad(By.id("register-employer"));

            browser.type(By.id("creditCode"), TestCreditCodes.withWrongCheck());
            browser.type(By.id("name"), "济南浏览器测试家政服务有限公司");
            browser.type(By.id("regionCode"), "370100");
            browser.clickAndLoad(By.id("save"));
            assertThat(browser.text(By.id("creditCode-errors"))).isEqualTo("统一社会信用代码校验位不正确，请核对最后一位");
            assertThat(browser.text(By.id("regionCode-errors"))).contains("不是县级行政区");
            browser.screenshot("employers-form-invalid");

            browser.type(By.id("creditCode"), creditCode);
            browser.type(By.id("regionCode"), "370102");
            browser.type(By.id("industry"), "居民服务业");
            browser.type(By.id("contactName"), "李经理");
            browser.type(By.id("contactPhone"), "13912345678");
            browser.clickAndLoad(By.id("save"));
            assertThat(browser.text(By.id("flash"))).contains("济南浏览器测试家政服务有限公司");
            assertThat(browser.text(By.id("credit-code"))).isEqualTo(creditCode);

            browser.clickAndLoad(By.id("verify"));
            assertThat(browser.text(By.id("verification"))).startsWith("caseworker");
            browser.screenshot("employers-detail-caseworker");

            browser.clickAndLoad(By.id("new-posting"));
            browser.type(By.id("title"), "住家保姆");
            browser.click(By.id("jobType"));
            browser.find(By.cssSelector("#jobType option[value='DOMESTIC_CARE']"))
                    .click();
            browser.type(By.id("headcount"), "20");
            browser.type(By.id("wageMin"), "6000");
            browser.type(By.id("wageMax"), "5000");
            browser.scrollTo(By.id("save")).clickAndLoad(By.id("save"));
            browser.screenshot("employers-posting-form-invalid");
            assertThat(browser.text(By.id("wageMin-errors"))).isEqualTo("最低月薪 6000.00 元高于最高月薪 5000.00 元。");

            browser.type(By.id("wageMax"), "7500");
            browser.click(By.id("housingProvided"));
            browser.scrollTo(By.id("skill-ELECTRICIAN_LICENCE")).click(By.id("skill-ELECTRICIAN_LICENCE"));
            browser.scrollTo(By.id("save")).clickAndLoad(By.id("save"));
            assertThat(browser.text(By.id("posting-status"))).isEqualTo("草稿");

            browser.clickAndLoad(By.id("publish"));
            assertThat(browser.text(By.id("posting-status"))).isEqualTo("招聘中");
            assertThat(browser.text(By.id("openings-left"))).isEqualTo("20");
            assertThat(browser.text(By.id("posting-details"))).contains("家政服务员", "电工证", "包住");
            browser.screenshot("employers-posting-published");

            browser.clickAndLoad(By.id("back-to-employer"));
            assertThat(browser.text(By.id("postings"))).contains("住家保姆", "招聘中", "尚缺 20 / 20 人");
            browser.screenshot("employers-detail-with-posting");
        }
    }

    @Test
    void anEmployerOnAPhoneLandsOnTheirOwnEnterpriseAndCannotOpenAnother() {
        EmployerFixtures fixtures = new EmployerFixtures(port, context);
        String own = fixtures.register("济南手机端本企业测试有限公司");
        String other = fixtures.register("济南手机端他企业测试有限公司");
        fixtures.published(own, 8);
        String username = fixtures.employerUsernameOf(own);

        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, username, TestUsers.PASSWORD);
            browser.get("/employers");

            assertThat(browser.currentPath()).isEqualTo("/employers/" + own);
            assertThat(browser.text(By.id("employer-name"))).isEqualTo("济南手机端本企业测试有限公司");
            assertThat(browser.text(By.id("contact-phone"))).isEqualTo("13800138000");
            assertThat(browser.driver().findElements(By.id("verify"))).isEmpty();
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("employers-own-enterprise-phone");

            browser.get("/employers/" + other);
            assertThat(browser.find(By.tagName("body")).getText()).contains("404");
            assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("济南手机端他企业测试有限公司");
            browser.screenshot("employers-other-enterprise-phone");
        }
    }

    @Test
    void aPartnerSearchesTheListOnAPhoneInEnglish() {
        new EmployerFixtures(port, context).register("济南手机端列表测试有限公司");
        try (Browser browser = Browser.open(port, Browser.PHONE)) {
            signIn(browser, "xiangxi", ApiClient.DEMO_PASSWORD);
            browser.get("/employers?lang=en");
            browser.type(By.id("q"), "手机端列表");

            browser.waitForText(By.id("employer-total"), "Enterprises found: 1");
            assertThat(browser.text(By.id("employers"))).contains("济南手机端列表测试有限公司", "Not verified");
            assertThat(browser.driver().findElements(By.id("register-employer")))
                    .isEmpty();
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("employers-list-partner-phone-en");
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.get("/login");
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.clickAndLoad(By.id("sign-in"));
    }
}
