package org.laborbridge.cooperation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
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
 * Who may list, view, create and change partner regions, through the API (real HTTP) and the
 * pages. A create that is allowed uses a county of its own so that it succeeds on any run order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CooperationAccessMatrixTests {

    private static final String API = "/api/v1/partner-regions";

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0}: list {1}, view {2}, create {3}, change {4}")
    @CsvSource({
        "admin,      200, 200, 201, 200",
        "caseworker, 200, 200, 403, 403",
        "approver,   200, 200, 403, 403",
        "xiangxi,    200, 200, 403, 403",
        "linyi,      200, 200, 403, 403",
        "employer,   403, 403, 403, 403",
        "worker,     403, 403, 403, 403",
    })
    void apiDecidesByRole(String who, int list, int view, int create, int change) {
        ApiClient caller = ApiClient.as(port, who);
        String wulongId = wulongId();

        assertThat(caller.get(API).status()).as("list").isEqualTo(list);
        assertThat(caller.get(API + "/" + wulongId).status()).as("view").isEqualTo(view);
        assertThat(caller.post(API, newRegion("431221")).status()).as("create").isEqualTo(create);
        assertThat(caller.put(API + "/" + wulongId, wulongUnchanged()).status())
                .as("change")
                .isEqualTo(change);
    }

    @ParameterizedTest(name = "{0}: list page {1}, new form {2}, edit form {3}, post {4}")
    @CsvSource({
        "admin,      200, 200, 200, 422",
        "caseworker, 200, 403, 403, 403",
        "approver,   200, 403, 403, 403",
        "xiangxi,    200, 403, 403, 403",
        "employer,   403, 403, 403, 403",
        "worker,     403, 403, 403, 403",
    })
    void pagesDecideByRole(String who, int listPage, int newForm, int editForm, int post) {
        var signedIn = user(users.loadUserByUsername(who));

        assertThat(mvc.get().uri("/cooperation").with(signedIn)).hasStatus(listPage);
        assertThat(mvc.get().uri("/cooperation/new").with(signedIn)).hasStatus(newForm);
        assertThat(mvc.get().uri("/cooperation/{id}/edit", wulongId()).with(signedIn))
                .hasStatus(editForm);
        // An empty form: refused as invalid for an administrator, before any validation for anyone else.
        assertThat(mvc.post().uri("/cooperation").with(signedIn).with(csrf())).hasStatus(post);
    }

    @ParameterizedTest
    @CsvSource({"/cooperation", "/cooperation/new", "/cooperation/regions?regionCode=433100"})
    void pagesNeedASignIn(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(302);
    }

    private String wulongId() {
        Reply list = ApiClient.as(port, "admin").get(API);
        List<String> ids = JsonPath.read(list.body(), "$[?(@.regionCode == '500156')].id");
        return ids.get(0);
    }

    /** The admin's change writes Wulong's demo terms back as they are, so other tests see no difference. */
    private static String wulongUnchanged() {
        return """
                {"regionCode": "500156", "agreementName": "济南—武隆劳务协作协议", "validFrom": "2020-02-01",
                 "flags": ["CHARTER_FULLY_SUBSIDISED"], "notes": "点对点包车费用全额补贴。"}
                """;
    }

    private static String newRegion(String code) {
        return """
                {"regionCode": "%s", "agreementName": "济南—怀化劳务协作协议", "validFrom": "2024-01-01"}
                """.formatted(code);
    }
}
