package org.laborbridge.matching.fairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.identity.Callers;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The assignment page: worded in three languages with no missing text, computing and confirming
 * from its forms, refusing bad input in words, and linked from the fair's page for those who run it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairAssignmentPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Fairs fairs;

    @Autowired
    Employers employers;

    @Autowired
    JobPostings postings;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    FairAssignmentRuns runs;

    AssignmentFixtures fixtures;
    FairView fair;

    @BeforeAll
    void arrange() {
        fixtures = new AssignmentFixtures(fairs, employers, postings, registry);
        fair = fixtures.fair("分配页面测试会");
        fixtures.postingsAt(fair, 1);
        fixtures.signUp(
                fair,
                fixtures.seeker("页面得岗者", true),
                fixtures.seeker("页面落选者", false),
                fixtures.worker(
                        "页面已就业者", false, java.util.List.of(), true, org.laborbridge.workers.Situation.NOT_SEEKING));
        Callers.runAs(AssignmentFixtures.ADMIN, () -> runs.compute(fair.id()));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | 招聘会岗位分配 | 符合条件的岗位已被排名更靠前的人占满 | 已不在求职",
                "zh-TW | 招聘會崗位分配 | 符合條件的崗位已被排名更靠前的人佔滿 | 已不在求職",
                "en    | Fair assignment | went to people it ranks higher      | No longer seeking work",
            })
    void showsTheRunInTheReadersLanguage(String language, String title, String outranked, String notSeeking) {
        assertThat(mvc.get()
                        .uri("/matching/fairs/" + fair.id() + "?lang=" + language)
                        .with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("??")
                .contains(title, outranked, notSeeking)
                .contains("id=\"total-points\"", "id=\"confirm-form\"", "页面得岗者", "页面落选者")
                .containsPattern("433122\\*+\\d{3}[0-9X]");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "admin,      200",
        "caseworker, 200",
        "xiangxi,    200",
        "linyi,      403",
        "approver,   403",
        "employer,   403",
        "worker,     403",
    })
    void showsThePageToThoseWhoRunTheFair(String user, int status) {
        assertThat(mvc.get().uri("/matching/fairs/" + fair.id()).with(as(user))).hasStatus(status);
        assertThat(mvc.post()
                        .uri("/matching/fairs/" + fair.id() + "/runs")
                        .with(as(user))
                        .with(csrf()))
                .hasStatus(status == 200 ? 302 : status);
    }

    @Test
    void aPartnerReadsButDoesNotConfirm() {
        assertThat(mvc.get().uri("/matching/fairs/" + fair.id()).with(as("xiangxi")))
                .hasStatusOk()
                .bodyText()
                .contains("页面得岗者", "id=\"compute-form\"")
                .doesNotContain("id=\"confirm-form\"");
    }

    @Test
    void computesFromTheFormAndShowsTheNewRun() {
        assertThat(mvc.post()
                        .uri("/matching/fairs/" + fair.id() + "/runs")
                        .with(as("caseworker"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .startsWith("/matching/fairs/" + fair.id() + "?run=");
    }

    @Test
    void thePostingsPagerKeepsThePageOfTheUnassigned() {
        FairView many = fixtures.fair("分页测试会");
        int[] ones = new int[FairAssignmentRuns.POSTINGS_PER_PAGE + 1];
        java.util.Arrays.fill(ones, 1);
        fixtures.postingsAt(many, ones);
        fixtures.signUp(many, fixtures.seeker("分页报名者", false));
        Callers.runAs(AssignmentFixtures.ADMIN, () -> runs.compute(many.id()));

        assertThat(mvc.get()
                        .uri("/matching/fairs/" + many.id() + "?unassignedPage=2")
                        .with(as("caseworker")))
                .hasStatusOk()
                .bodyText()
                .containsPattern("id=\"next-page\" href=\"[^\"]*page=1&amp;unassignedPage=2\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "zh-CN | 还没有人报名，无法分配",
                "zh-TW | 還沒有人報名，無法分配",
                "en    | Nobody has signed up",
            })
    void refusesAFairWithoutSignUpsInWords(String language, String message) {
        FairView empty = fixtures.fair("无人报名页面测试会");
        fixtures.postingsAt(empty, 1);

        assertThat(mvc.post()
                        .uri("/matching/fairs/" + empty.id() + "/runs?lang=" + language)
                        .with(as("caseworker"))
                        .with(csrf()))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"assignment-refusals\"", message)
                .doesNotContain("??");
    }

    @Test
    void confirmsFromTheFormAndReportsTheInvitations() {
        FairView confirmed = fixtures.fair("页面确认测试会");
        fixtures.postingsAt(confirmed, 2);
        fixtures.signUp(confirmed, fixtures.seeker("页面确认者", false));
        java.util.UUID run = Callers.runAs(AssignmentFixtures.ADMIN, () -> runs.compute(confirmed.id()));
        String interviewAt = java.time.LocalDateTime.now(org.laborbridge.shared.BureauTime.ZONE)
                .plusDays(2)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toString();

        var posted = mvc.post()
                .uri("/matching/fairs/" + confirmed.id() + "/runs/" + run + "/confirmation")
                .param("interviewAt", interviewAt)
                .with(as("caseworker"))
                .with(csrf())
                .exchange();

        assertThat(posted).hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri("/matching/fairs/" + confirmed.id() + "?run=" + run + "&lang=en")
                        .with(as("caseworker")))
                .bodyText()
                .contains("id=\"confirmed-badge\"", "1 interview invitations", "Invited to interview")
                .doesNotContain("id=\"confirm-form\"");
    }

    @Test
    void theFairPageLinksToTheAssignmentForThoseWhoRunIt() {
        assertThat(mvc.get().uri("/fairs/" + fair.id()).with(as("caseworker")))
                .bodyText()
                .contains("id=\"fair-assignment-link\"", "/matching/fairs/" + fair.id());
        assertThat(mvc.get().uri("/fairs/" + fair.id()).with(as("employer")))
                .bodyText()
                .doesNotContain("id=\"fair-assignment-link\"");
    }
}
