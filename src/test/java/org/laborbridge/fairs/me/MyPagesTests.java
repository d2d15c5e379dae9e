package org.laborbridge.fairs.me;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.Postings;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.applications.ApplicationFixtures;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The worker's own pages act for the signed-in worker only, and read in every language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MyPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aWorkerCannotAnswerSomebodyElsesApplication() {
        EmployerId employer = fixtures.enterprise("济南别人应聘测试有限公司");
        JobPostingView posting = fixtures.openPosting(employer, 3);
        WorkerId other = ApplicationFixtures.worker(port, "龙秀英", "433125");
        ApplicationView theirs =
                Callers.runAs(Postings.CASEWORKER, () -> applications.apply(other, posting.id(), null));
        String intruder = fixtures.workerUser(ApplicationFixtures.worker(port, "石小明", "433125"));

        assertThat(as(
                        intruder,
                        mvc.post()
                                .uri("/me/applications/{id}/withdraw", theirs.id())
                                .with(csrf())))
                .hasStatus(404);
        assertThat(Callers.runAs(Postings.CASEWORKER, () -> applications.find(theirs.id()))
                        .status())
                .isEqualTo(ApplicationStatus.APPLIED);
    }

    @Test
    void aRefusedApplicationSaysWhyOnThePostingAndSavesNothing() {
        EmployerId employer = fixtures.enterprise("济南关闭岗位测试有限公司");
        JobPostingView posting = fixtures.openPosting(employer, 3);
        fixtures.close(posting.id());
        WorkerId worker = ApplicationFixtures.worker(port, "麻春燕", "433126");
        String user = fixtures.workerUser(worker);

        assertThat(as(
                        user,
                        mvc.post().uri("/me/postings/{id}/apply", posting.id()).with(csrf())))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/me/postings/" + posting.id())
                .flash()
                .containsKey("refusals");
        assertThat(Callers.runAs(Postings.CASEWORKER, () -> applications.ofWorker(worker)))
                .isEmpty();
    }

    @Test
    void staffAreSentHomeAndAnUnlinkedWorkerIsToldWhatToDo() {
        assertThat(as("caseworker", mvc.get().uri("/me"))).hasRedirectedUrl("/");
        String unlinked = new TestUsers(accounts, passwords).create(Role.WORKER);

        assertThat(as(unlinked, mvc.get().uri("/me").param("lang", "en")))
                .hasStatusOk()
                .bodyText()
                .contains("not linked to a worker record");
    }

    @Test
    void theDemoWorkersPageReadsInEveryLanguage() {
        assertThat(as("worker", mvc.get().uri("/me").param("lang", "zh-CN")))
                .bodyText()
                .contains("向春梅", "我的应聘", "招聘会", "企业向您发出了录用意向")
                .doesNotContain("??");
        assertThat(as("worker", mvc.get().uri("/me").param("lang", "zh-TW")))
                .bodyText()
                .contains("我的應聘", "招聘會")
                .doesNotContain("??");
        assertThat(as("worker", mvc.get().uri("/me").param("lang", "en")))
                .bodyText()
                .contains("My applications", "Recruitment fairs")
                .doesNotContain("??", "433122199503170026");
    }

    @Test
    void theWorkersOwnJobsAndSignUpsAreServedToAnAppAndToNobodyElse() {
        Reply postings = ApiClient.as(port, "worker").get("/api/v1/me/postings");
        Reply signUps = ApiClient.as(port, "worker").get("/api/v1/me/sign-ups");

        assertThat(postings.status()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(postings.body(), "$[*].jobType"))
                .isNotEmpty()
                .allMatch(type -> type.equals("ASSEMBLY") || type.equals("DOMESTIC_CARE"));
        assertThat(signUps.status()).isEqualTo(200);
        assertThat(JsonPath.<String>read(signUps.body(), "$[0].qrToken")).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ApiClient.as(port, "caseworker").get("/api/v1/me/sign-ups").status())
                .isEqualTo(404);
    }

    private MockMvcRequestBuilder as(String username, MockMvcRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username)));
    }
}
