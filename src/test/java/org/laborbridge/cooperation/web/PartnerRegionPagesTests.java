package org.laborbridge.cooperation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class PartnerRegionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void theRegionLookupSuggestsCurrentRegionsByName() {
        assertThat(mvc.get().uri("/cooperation/regions?regionCode=湘西").with(as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains("<datalist id=\"region-options\">", "value=\"433100\"", "湘西土家族苗族自治州")
                .doesNotContain("<html");
    }

    @Test
    void theRegionLookupNamesACompleteCode() {
        assertThat(mvc.get().uri("/cooperation/regions?regionCode=421100").with(as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"region-name\"", "黄冈市");
    }

    @Test
    void aPartnerSeesEveryPartnerRegionWithoutEditButtons() {
        assertThat(mvc.get().uri("/cooperation?lang=en").with(as("linyi")))
                .hasStatusOk()
                .bodyText()
                .contains("湘西土家族苗族自治州", "黄冈市", "Charter fully subsidised", "Directional labor matching")
                .doesNotContain("add-partner-region", "edit-433100");
    }

    @Test
    void aRefusedFormShowsEachReasonNextToItsFieldInTheUsersLanguage() {
        assertThat(mvc.post()
                        .uri("/cooperation?lang=zh-TW")
                        .with(as("admin"))
                        .with(csrf())
                        .param("regionCode", "433124")
                        .param("agreementName", "")
                        .param("validFrom", "2024-01-01"))
                .hasStatus(422)
                .bodyText()
                .contains("id=\"agreementName-errors\"", "協作協議名稱：請填寫。")
                .contains("value=\"433124\"");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/cooperation").with(as("admin")).param("regionCode", "522624"))
                .hasStatus(403);
    }
}
