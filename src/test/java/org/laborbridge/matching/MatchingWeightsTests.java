package org.laborbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.support.ApiClient;
import org.laborbridge.support.ApiClient.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The bureau's weights: everyone reads them, only ADMIN changes them; negative, too large and
 * all-zero weights are refused field by field in the caller's language and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MatchingWeightsTests {

    private static final String API = "/api/v1/matching/weights";
    private static final String STANDARD = """
            {"jobType": 40, "skills": 25, "place": 15, "wage": 10, "housing": 10, "poorPriorityBonus": 10}""";

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Recommendations recommendations;

    @ParameterizedTest(name = "{0}: read {1}, change {2}")
    @CsvSource({
        "admin,      200, 200",
        "caseworker, 200, 403",
        "xiangxi,    200, 403",
        "approver,   200, 403",
        "employer,   200, 403",
        "worker,     200, 403",
    })
    void everyoneReadsOnlyAdminChanges(String who, int read, int change) {
        ApiClient caller = ApiClient.as(port, who);
        assertThat(caller.get(API).status()).isEqualTo(read);
        assertThat(caller.put(API, STANDARD).status()).isEqualTo(change);
    }

    @Test
    void refusalsNameEachFieldInTheCallersLanguageAndStoreNothing() {
        ApiClient admin = ApiClient.as(port, "admin");
        admin.put(API, STANDARD);
        Object before = admin.get(API).json("changedAt");

        Reply english = admin.language("en").put(API, """
                        {"jobType": -1, "skills": 101, "place": 15, "wage": 10, "housing": 10, "poorPriorityBonus": 10}""");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body()).contains("\"jobType\"", "\"skills\"", "NEGATIVE", "TOO_LARGE");

        Reply zero = admin.language("zh-TW").put(API, """
                        {"jobType": 0, "skills": 0, "place": 0, "wage": 0, "housing": 0, "poorPriorityBonus": 10}""");
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.body()).contains("ALL_ZERO");

        assertThat(admin.get(API).json("changedAt")).isEqualTo(before);
        assertThat(admin.get(API).json("jobType")).isEqualTo(40);
    }

    @Test
    void missingWeightsAreRefusedFieldByFieldNotReadAsZero() {
        ApiClient admin = ApiClient.as(port, "admin");
        admin.put(API, STANDARD);
        Object before = admin.get(API).json("changedAt");

        Reply partial = admin.language("en").put(API, """
                        {"jobType": 40, "skills": 25, "place": 15, "wage": 10}""");

        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.body())
                .contains("\"housing\"", "\"poorPriorityBonus\"", "REQUIRED", "This weight is required")
                .doesNotContain("\"jobType\"");
        assertThat(admin.get(API).json("changedAt")).isEqualTo(before);

        for (String[] language : new String[][] {{"zh-CN", "必须填写此项权重"}, {"zh-TW", "必須填寫此項權重"}, {"en", "is required"}}) {
            assertThat(mvc.post()
                            .uri("/matching/weights?lang=" + language[0])
                            .with(user(users.loadUserByUsername("admin")))
                            .with(csrf())
                            .param("jobType", "40")
                            .param("skills", "25")
                            .param("place", "15")
                            .param("wage", "10")
                            .param("housing", "")
                            .param("poorPriorityBonus", "10"))
                    .as(language[0])
                    .hasStatus(422)
                    .bodyText()
                    .contains("id=\"housing-error\"", language[1])
                    .doesNotContain("id=\"jobType-error\"");
        }
        assertThat(admin.get(API).json("changedAt")).isEqualTo(before);
    }

    @Test
    void adminsSavingAtOnceAllSucceed() throws Exception {
        ApiClient admin = ApiClient.as(port, "admin");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                saves.add(pool.submit(() -> admin.put(API, STANDARD).status()));
            }
            for (Future<Integer> save : saves) {
                assertThat(save.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(admin.get(API).json("jobType")).isEqualTo(40);
    }

    @Test
    void aChangeTakesEffectForTheNextRecommendationWithoutARestart() {
        ApiClient admin = ApiClient.as(port, "admin");
        try {
            assertThat(admin.put(API, """
                                    {"jobType": 50, "skills": 25, "place": 15, "wage": 10, "housing": 10,
                                     "poorPriorityBonus": 20}""").status()).isEqualTo(200);
            assertThat(admin.get(API).json("changedBy")).isEqualTo("admin");
            assertThat(admin.get(API).json("jobType")).isEqualTo(50);
            assertThat(recommendations.maxPoints()).isEqualTo(130);
        } finally {
            admin.put(API, STANDARD);
        }
        assertThat(recommendations.maxPoints()).isEqualTo(110);
    }

    @Test
    void theAdminPageRefusesPerFieldInEachLanguageAndSaves() {
        for (String language : new String[] {"zh-CN", "zh-TW", "en"}) {
            assertThat(mvc.post()
                            .uri("/matching/weights?lang=" + language)
                            .with(user(users.loadUserByUsername("admin")))
                            .with(csrf())
                            .param("jobType", "-5")
                            .param("skills", "0")
                            .param("place", "0")
                            .param("wage", "0")
                            .param("housing", "0")
                            .param("poorPriorityBonus", "200"))
                    .as(language)
                    .hasStatus(422)
                    .bodyText()
                    .contains("id=\"jobType-error\"", "id=\"poorPriorityBonus-error\"")
                    .doesNotContain("??");
        }
        assertThat(mvc.post()
                        .uri("/matching/weights")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("jobType", "40")
                        .param("skills", "25")
                        .param("place", "15")
                        .param("wage", "10")
                        .param("housing", "10")
                        .param("poorPriorityBonus", "10"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/matching/weights").with(user(users.loadUserByUsername("caseworker"))))
                .hasStatus(403);
    }
}
