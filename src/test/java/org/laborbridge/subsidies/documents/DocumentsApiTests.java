package org.laborbridge.subsidies.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.identity.Caller;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.eligibility.EligibilityFixtures;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The documents endpoints: page form, download headers, JSON and problem details in three languages. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    EligibilityFixtures fixtures;
    PolicyView policy;
    String claim;
    PlacementView placement;

    @BeforeAll
    void setUp() {
        fixtures = new EligibilityFixtures(context);
        policy = fixtures.policy(
                "DOCS-API", EligibilityFixtures.workerTerms(List.of(), OncePerPerson.LIFETIME, List.of()));
        placement = fixtures.hired(fixtures.posting("材料接口机械厂"), 1);
        claim = fixtures.claimId(fixtures.claim(policy, placement, "SUBMITTED", "LIFETIME", "caseworker"))
                .toString();
    }

    @Test
    void uploadedThroughTheApiListedAndDownloadedAsAnAttachment() {
        var created = mvc.post()
                .uri("/api/v1/subsidy-applications/{id}/documents", claim)
                .multipart()
                .file(new MockMultipartFile("file", "合同.pdf", "application/pdf", DocumentsTests.PDF))
                .param("documentType", "labor-contract")
                .with(csrf())
                .with(as(EligibilityFixtures.CASEWORKER))
                .exchange();
        assertThat(created)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.contentType")
                .isEqualTo("application/pdf");
        String location = created.getResponse().getHeader("Location");

        assertThat(mvc.get().uri(location).with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.fileName")
                .isEqualTo("合同.pdf");
        assertThat(mvc.get()
                        .uri("/api/v1/subsidy-applications/{id}/documents", claim)
                        .with(as(EligibilityFixtures.workerSelf(placement.worker()))))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].documentType")
                .asArray()
                .contains("labor-contract");
        var download = mvc.get()
                .uri(location + "/content")
                .with(as(EligibilityFixtures.XIANGXI))
                .exchange();
        assertThat(download)
                .hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasContentType("application/pdf");
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(DocumentsTests.PDF);
        assertThat(mvc.get().uri(location + "/content").with(as(EligibilityFixtures.LINYI)))
                .hasStatus(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "zh-CN, 只接受 PDF、JPEG 或 PNG 文件",
        "zh-TW, 只接受 PDF、JPEG 或 PNG 檔案",
        "en, only PDF, JPEG or PNG files are accepted"
    })
    void aWrongTypeIsRefusedAsProblemDetails(String language, String message) {
        assertThat(mvc.post()
                        .uri("/api/v1/subsidy-applications/{id}/documents", claim)
                        .multipart()
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", DocumentsTests.SCRIPT))
                        .param("documentType", "labor-contract")
                        .header("Accept-Language", language)
                        .with(csrf())
                        .with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatus(422)
                .hasContentType("application/problem+json")
                .bodyText()
                .contains("\"field\":\"file\"", "\"code\":\"TYPE\"", message);
    }

    @Test
    void thePageFormComesBackToTheClaimAndTheDownloadIsAnAttachment() {
        assertThat(mvc.post()
                        .uri("/subsidies/applications/{id}/documents", claim)
                        .multipart()
                        .file(new MockMultipartFile("file", "id.png", "image/png", DocumentsTests.PNG))
                        .param("documentType", "id-card")
                        .with(csrf())
                        .with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/subsidies/applications/" + claim)
                .flash()
                .containsKey("flash");
        assertThat(mvc.post()
                        .uri("/subsidies/applications/{id}/documents", claim)
                        .multipart()
                        .file(new MockMultipartFile("file", "x.exe", "image/png", DocumentsTests.SCRIPT))
                        .param("documentType", "id-card")
                        .with(csrf())
                        .with(as(EligibilityFixtures.CASEWORKER)))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("documentRefused");
    }

    static RequestPostProcessor as(Caller caller) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                caller, null, List.of(new SimpleGrantedAuthority(caller.role().authority()))));
    }
}
