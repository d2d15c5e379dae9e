package org.laborbridge.subsidies.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Accounts;
import org.laborbridge.identity.Role;
import org.laborbridge.identity.TestUsers;
import org.laborbridge.identity.account.UserAccounts;
import org.laborbridge.subsidies.pages.SectionFixtures.Hire;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The subsidies on the worker's record and the enterprise's page, in each language, for whom may read them. */
@SpringBootTest
@AutoConfigureMockMvc
class SubsidySectionsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @ParameterizedTest
    @CsvSource({
        "zh-CN, 补贴, 已申请，审核中, 已审批，公示至, 申请补贴",
        "zh-TW, 補貼, 已申請，審核中, 已審批，公示至, 申請補貼",
        "en, Subsidies, 'Applied, being reviewed', 'Approved, in public notice until', Subsidy claimed"
    })
    void theWorkerRecordShowsTheirClaimsWithWhereEachStandsAndTheWayToMore(
            String language, String title, String applied, String inNotice, String timelineKind) {
        Hire hire = new SectionFixtures(context).hireWithClaims();
        String page = "/workers/" + hire.placement().worker() + "?lang=" + language;

        for (String reader : new String[] {"caseworker", "xiangxi"}) {
            assertThat(mvc.get().uri(page).with(as(reader)))
                    .hasStatusOk()
                    .bodyText()
                    .contains("id=\"worker-subsidy-section\"", title, applied, inNotice, timelineKind)
                    .contains(hire.workerClaim().number(), hire.employerClaim().number())
                    .contains(hire.employerClaim().noticeUntil().toString())
                    .contains("/subsidies/applications/" + hire.workerClaim().id())
                    .contains(
                            "id=\"worker-subsidies\"",
                            "/subsidies/eligibility?worker=" + hire.placement().worker())
                    .contains(
                            "id=\"worker-claims\"",
                            "/subsidies?worker=" + hire.placement().worker())
                    .doesNotContain("??");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "zh-CN, 企业补贴, 已审批，公示至, 已拨付",
        "zh-TW, 企業補貼, 已審批，公示至, 已撥付",
        "en, Subsidies to the enterprise, 'Approved, in public notice until', Paid"
    })
    void theEnterprisePageShowsTheSubsidiesPaidToItToTheBureauAndToItself(
            String language, String title, String inNotice, String paid) {
        Hire hire = new SectionFixtures(context).hireWithClaims();
        String page = "/employers/" + hire.placement().employer() + "?lang=" + language;
        String hr = employerUser(hire.placement().employer().value());

        for (RequestPostProcessor reader : new RequestPostProcessor[] {as("caseworker"), as(hr)}) {
            assertThat(mvc.get().uri(page).with(reader))
                    .hasStatusOk()
                    .bodyText()
                    .contains("id=\"employer-subsidy-section\"", "id=\"employer-subsidy-tally\"", title, inNotice, paid)
                    .contains(
                            hire.employerClaim().number(),
                            "/subsidies/applications/" + hire.employerClaim().id(),
                            "/subsidies?employer=" + hire.placement().employer())
                    .doesNotContain(hire.workerClaim().number(), "??");
        }
        assertThat(mvc.get()
                        .uri("/subsidies?employer=" + hire.placement().employer())
                        .with(as(hr)))
                .hasStatusOk()
                .bodyText()
                .contains(hire.employerClaim().number())
                .doesNotContain(hire.workerClaim().number());
    }

    @Test
    void theBureauIsToldAnEnterpriseHasNoClaimsYet() {
        SectionFixtures fixtures = new SectionFixtures(context);
        UUID other = fixtures.otherEnterprise().value();

        assertThat(mvc.get().uri("/employers/" + other + "?lang=en").with(as("approver")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"employer-subsidy-section\"", "No subsidy claims yet.");
    }

    @Test
    void anotherEnterpriseAndAPartnerWhoMayReadNoneOfTheClaimsSeeNoSection() {
        SectionFixtures fixtures = new SectionFixtures(context);
        Hire hire = fixtures.hireWithClaims();
        String otherHr = employerUser(fixtures.otherEnterprise().value());

        assertThat(mvc.get().uri("/employers/" + hire.placement().employer()).with(as(otherHr)))
                .hasStatus(404)
                .bodyText()
                .doesNotContain(hire.employerClaim().number());
        assertThat(mvc.get().uri("/workers/" + hire.placement().worker()).with(as(otherHr)))
                .hasStatus(404)
                .bodyText()
                .doesNotContain(hire.workerClaim().number());
        assertThat(mvc.get().uri("/employers/" + hire.placement().employer()).with(as("linyi")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"employer-name\"")
                .doesNotContain("employer-subsidy-section", hire.employerClaim().number());
    }

    private String employerUser(UUID employer) {
        String username = new TestUsers(context.getBean(UserAccounts.class), context.getBean(PasswordEncoder.class))
                .create(Role.EMPLOYER);
        accounts.linkEmployer(username, employer);
        return username;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
