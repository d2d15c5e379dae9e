package org.laborbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.employers.EmployerFixtures;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The matching overview, the weights form and the sections on the worker and posting pages, in three languages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MatchingPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkerRegistry registry;

    MatchingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MatchingFixtures(new EmployerFixtures(port, context), registry);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "en"})
    void everyPageIsWordedInTheUsersLanguage(String language) {
        WorkerRecord worker = fixtures.worker("HANDICRAFT");
        String enterprise = fixtures.enterprise();
        String posting = fixtures.published(enterprise, "HANDICRAFT", 2);

        for (String path : new String[] {
            "/matching",
            "/matching/weights",
            "/workers/" + worker.id(),
            "/employers/" + enterprise + "/postings/" + posting
        }) {
            assertThat(mvc.get().uri(path + "?lang=" + language).with(as("admin")))
                    .as(path)
                    .hasStatusOk()
                    .bodyText()
                    .doesNotContain("??", "coming-notice");
        }
        assertThat(mvc.get()
                        .uri("/workers/" + worker.id() + "?lang=" + language)
                        .with(as("caseworker")))
                .bodyText()
                .contains("id=\"worker-recommendations\"", "class=\"worker-recommendation\"");
        assertThat(mvc.get()
                        .uri("/employers/" + enterprise + "/postings/" + posting + "?lang=" + language)
                        .with(as("caseworker")))
                .bodyText()
                .contains("id=\"posting-recommendations\"", "class=\"posting-recommendation\"", "********");
    }

    @Test
    void theOverviewShowsTheIndexesAndWeightsAndSendsOthersWhereTheirsAre() {
        assertThat(mvc.get().uri("/matching?lang=en").with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .contains("Workers seeking work", "id=\"last-load\"", "id=\"weight-jobType\"");
        assertThat(mvc.get().uri("/matching").with(as("worker")))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/me#recommendations");
        assertThat(mvc.get().uri("/matching").with(as("approver"))).hasStatus(403);
    }

    @Test
    void aPartnerSeesThePostingsCandidatesOfTheirRegionsAndAnotherEmployerNone() {
        fixtures.worker("HANDICRAFT");
        String enterprise = fixtures.enterprise();
        String posting = fixtures.published(enterprise, "HANDICRAFT", 2);
        assertThat(mvc.get()
                        .uri("/employers/" + enterprise + "/postings/" + posting)
                        .with(as("xiangxi")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"posting-recommendations\"", "class=\"posting-recommendation\"");
        assertThat(mvc.get()
                        .uri("/employers/" + enterprise + "/postings/" + posting)
                        .with(as("employer")))
                .bodyText()
                .doesNotContain("posting-recommendations");
    }
}
