package org.laborbridge.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void greetsTheUserByNameAndLocalisedRole() {
        assertThat(mvc.get().uri("/").with(user(users.loadUserByUsername("xiangxi"))))
                .hasStatusOk()
                .bodyText()
                .contains("湘西州劳务协作站，您好（协作地区工作人员）");
        assertThat(mvc.get()
                        .uri("/")
                        .header("Accept-Language", "zh-TW")
                        .with(user(users.loadUserByUsername("xiangxi"))))
                .bodyText()
                .contains("協作地區工作人員");
        assertThat(mvc.get().uri("/").header("Accept-Language", "en").with(user(users.loadUserByUsername("xiangxi"))))
                .bodyText()
                .contains("Partner region staff");
    }

    @Test
    void administratorsHomeLinksToEveryModuleAndTheAuditLog() {
        assertThat(mvc.get().uri("/").with(user(users.loadUserByUsername("admin"))))
                .bodyText()
                .contains(
                        "href=\"/cooperation\"",
                        "href=\"/workers\"",
                        "href=\"/employers\"",
                        "href=\"/fairs\"",
                        "href=\"/placements\"",
                        "href=\"/matching\"",
                        "href=\"/transport\"",
                        "href=\"/subsidies\"",
                        "href=\"/workshops\"",
                        "href=\"/reporting\"",
                        "href=\"/audit\"");
    }

    @Test
    void onlyAdministratorsSeeTheAuditLink() {
        assertThat(mvc.get().uri("/").with(user(users.loadUserByUsername("caseworker"))))
                .bodyText()
                .contains("href=\"/workers\"")
                .doesNotContain("href=\"/audit\"");
    }

    @Test
    void employersSeeTheirEnterpriseRatherThanTheWorkerRegistry() {
        assertThat(mvc.get().uri("/").with(user(users.loadUserByUsername("employer"))))
                .bodyText()
                .contains("id=\"tasks\"", "href=\"/employers\"")
                .doesNotContain("href=\"/workers\"");
    }

    @Test
    void workersGetTheirOwnPhoneFriendlyHome() {
        assertThat(mvc.get().uri("/").with(user(users.loadUserByUsername("worker"))))
                .bodyText()
                .contains("id=\"worker-tasks\"", "href=\"/me\"", "我的信息", "我的申请", "我的行程", "我的补贴")
                .doesNotContain("href=\"/workers\"");
    }
}
