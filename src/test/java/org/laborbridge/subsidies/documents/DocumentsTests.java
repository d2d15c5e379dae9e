package org.laborbridge.subsidies.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.laborbridge.subsidies.eligibility.EligibilityFixtures.CASEWORKER;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.DocumentView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.SubsidyDocuments;
import org.laborbridge.subsidies.eligibility.EligibilityFixtures;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** A claim's papers on the real database and disk: checks, storage, scope, status and the audit trail. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] SCRIPT = "<script>alert(1)</script>".getBytes();

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyDocuments documents;

    @Autowired
    DocumentStore store;

    @Autowired
    JdbcClient jdbc;

    EligibilityFixtures fixtures;
    JobPostingView posting;
    JobPostingView elsewhere;
    PolicyView workerPaid;
    PolicyView employerPaid;

    @BeforeAll
    void setUp() {
        fixtures = new EligibilityFixtures(context);
        posting = fixtures.posting("材料测试机械厂");
        elsewhere = fixtures.posting("材料测试另一厂");
        workerPaid =
                fixtures.policy("DOCS", EligibilityFixtures.workerTerms(List.of(), OncePerPerson.LIFETIME, List.of()));
        employerPaid = fixtures.policy(
                "DOCS-HIRING",
                EligibilityFixtures.terms(
                        PolicyKind.EMPLOYER_HIRING,
                        Payee.EMPLOYER,
                        List.of(),
                        java.time.LocalDate.of(2020, 1, 1),
                        OncePerPerson.LIFETIME,
                        List.of()));
    }

    @Test
    void aPdfIsStoredOutsideTheWebRootWithItsHashAndAStep() throws Exception {
        Claim claim = claim(workerPaid, "SUBMITTED", "caseworker");

        DocumentView attached = Callers.runAs(
                CASEWORKER, () -> documents.attach(claim.id(), "labor-contract", "C:\\scans\\合同.pdf", stream(PDF)));

        assertThat(attached.fileName()).isEqualTo("合同.pdf");
        assertThat(attached.contentType()).isEqualTo("application/pdf");
        assertThat(attached.sizeBytes()).isEqualTo(PDF.length);
        assertThat(store.pathOf(attached.id()).toString())
                .contains("documents/" + attached.id().toString().substring(0, 2) + "/" + attached.id());
        assertThat(Files.readAllBytes(store.pathOf(attached.id()))).isEqualTo(PDF);
        assertThat(jdbc.sql("select sha256 from subsidy_document where id = :id")
                        .param("id", attached.id())
                        .query(String.class)
                        .single())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(jdbc.sql("select action from subsidy_application_step where application_id = :id")
                        .param("id", claim.id().value())
                        .query(String.class)
                        .list())
                .containsExactly("DOCUMENT_ATTACHED");
    }

    @Test
    void imagesAreKnownByTheirFirstBytes() {
        Claim claim = claim(workerPaid, "MORE_REQUESTED", "caseworker");

        assertThat(Callers.runAs(CASEWORKER, () -> documents.attach(claim.id(), "id-card", "a.bin", stream(PNG)))
                        .contentType())
                .isEqualTo("image/png");
        assertThat(Callers.runAs(CASEWORKER, () -> documents.attach(claim.id(), "id-card", "b", stream(JPEG)))
                        .contentType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void badUploadsAreRefusedWithEveryReasonAndNothingIsStored() {
        Claim claim = claim(workerPaid, "SUBMITTED", "caseworker");

        assertThat(refusal(claim, "labor-contract", "x.pdf", SCRIPT)).containsExactly(tuple("file", "TYPE"));
        assertThat(refusal(claim, " ", "x.pdf", new byte[0]))
                .containsExactly(tuple("documentType", "REQUIRED"), tuple("file", "REQUIRED"));
        byte[] tooLarge = new byte[(int) SubsidyDocuments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThat(refusal(claim, "labor-contract", "big.pdf", tooLarge)).containsExactly(tuple("file", "TOO_LARGE"));
        assertThat(refusal(claim, "x".repeat(101), "x.pdf", PDF)).containsExactly(tuple("documentType", "TOO_LONG"));
        assertThat(count(claim)).isZero();
    }

    @Test
    void documentsAreAddedOnlyWhileTheClaimWaitsForReviewOrPapers() {
        Claim claim = claim(workerPaid, "ACCEPTED", "caseworker");

        StepOutOfOrderException refused = catchThrowableOfType(
                StepOutOfOrderException.class,
                () -> Callers.runAs(CASEWORKER, () -> documents.attach(claim.id(), "x", "x.pdf", stream(PDF))));

        assertThat(refused.code()).isEqualTo("DOCUMENTS_CLOSED");
        assertThat(count(claim)).isZero();
    }

    @ParameterizedTest(name = "{0}: attach {1}, download {2}")
    @CsvSource({
        "ADMIN,          attached, read",
        "CASEWORKER,     attached, read",
        "APPROVER,       403,      read",
        "PARTNER_IN,     attached, read",
        "PARTNER_OUT,    404,      404",
        "OWN_EMPLOYER,   attached, read",
        "OTHER_EMPLOYER, 404,      404",
        "OWN_WORKER,     403,      read",
        "OTHER_WORKER,   404,      404"
    })
    void whoMayAttachAndDownload(String who, String attach, String download) {
        Claim claim = claim(employerPaid, "SUBMITTED", "employer-" + posting.employerId());
        Caller caller = caller(who, claim);
        DocumentView existing =
                Callers.runAs(CASEWORKER, () -> documents.attach(claim.id(), "labor-contract", "c.pdf", stream(PDF)));

        Runnable attaching =
                () -> Callers.runAs(caller, () -> documents.attach(claim.id(), "id-card", "i.png", stream(PNG)));
        switch (attach) {
            case "attached" -> {
                attaching.run();
                assertThat(count(claim)).isEqualTo(2);
            }
            case "403" -> assertThatThrownBy(attaching::run).isInstanceOf(AccessDeniedException.class);
            default -> assertThatThrownBy(attaching::run).isInstanceOf(RecordNotFoundException.class);
        }
        Runnable opening = () -> Callers.runAs(caller, () -> documents.open(claim.id(), existing.id()));
        if (download.equals("read")) {
            long audited = audits(existing.id());
            assertThat(Callers.runAs(caller, () -> documents.open(claim.id(), existing.id()))
                            .content())
                    .isEqualTo(PDF);
            assertThat(audits(existing.id())).isEqualTo(audited + 1);
        } else {
            assertThatThrownBy(opening::run).isInstanceOf(RecordNotFoundException.class);
        }
    }

    private Caller caller(String who, Claim claim) {
        return switch (who) {
            case "ADMIN" -> EligibilityFixtures.ADMIN;
            case "CASEWORKER" -> CASEWORKER;
            case "APPROVER" -> EligibilityFixtures.APPROVER;
            case "PARTNER_IN" -> EligibilityFixtures.XIANGXI;
            case "PARTNER_OUT" -> EligibilityFixtures.LINYI;
            case "OWN_EMPLOYER" -> EligibilityFixtures.employerOf(posting);
            case "OTHER_EMPLOYER" -> EligibilityFixtures.employerOf(elsewhere);
            case "OWN_WORKER" ->
                EligibilityFixtures.workerSelf(claim.placement().worker());
            default -> new Caller("other-worker", null, Role.WORKER, List.of(), null, UUID.randomUUID());
        };
    }

    private List<org.assertj.core.groups.Tuple> refusal(Claim claim, String type, String name, byte[] content) {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> Callers.runAs(CASEWORKER, () -> documents.attach(claim.id(), type, name, stream(content))));
        assertThat(refused).isNotNull();
        return refused.violations().stream()
                .map(v -> tuple(v.field(), v.code()))
                .toList();
    }

    private long count(Claim claim) {
        return jdbc.sql("select count(*) from subsidy_document where application_id = :id")
                .param("id", claim.id().value())
                .query(Long.class)
                .single();
    }

    private long audits(UUID document) {
        return jdbc.sql("select count(*) from audit_log where action = 'SUBSIDY_DOCUMENT_DOWNLOADED'"
                        + " and subject_id = :id")
                .param("id", document.toString())
                .query(Long.class)
                .single();
    }

    Claim claim(PolicyView policy, String status, String createdBy) {
        PlacementView placement = fixtures.hired(posting, 1);
        String number = fixtures.claim(policy, placement, status, "LIFETIME", createdBy);
        return new Claim(new ApplicationId(fixtures.claimId(number)), placement);
    }

    static ByteArrayInputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    record Claim(ApplicationId id, PlacementView placement) {}
}
