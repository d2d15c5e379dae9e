package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationStep;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.StageView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.SubsidyApplied;
import org.laborbridge.subsidies.SubsidyApproved;
import org.laborbridge.subsidies.SubsidyRejected;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.clock.WorkingDays;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every bad input of the issue in the claims' part: refused with its reason, and nothing changed. */
@SpringBootTest
@RecordApplicationEvents
class ClaimServiceTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyApplications applications;

    @Autowired
    SubsidyClock clock;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    WorkerRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    ClaimFixtures fixtures;
    PolicyView policy;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        policy = fixtures.workerPolicy("100000");
    }

    @Test
    void aClaimGoesFromApplicationThroughReviewToApprovalAndItsNotice() {
        PlacementView hire = fixtures.hire("申请甲", 12);

        ApplicationView applied = fixtures.apply(policy, hire);
        assertThat(applied.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applied.number()).matches("BT-\\d{4}-\\d{6}");
        assertThat(applied.policy()).isEqualTo(policy.id());
        assertThat(applied.amount()).isEqualTo(Money.ofYuan("1000"));
        assertThat(applied.payeeName()).isEqualTo("申请甲" + fixtures.tag);
        assertThat(applied.bankAccount()).isEqualTo("6228********5678");
        assertThat(applied.reasons()).isNotEmpty().allMatch(reason -> reason.met());
        assertThat(applied.requiredDocuments()).containsExactly("labor-contract");
        assertThat(applied.steps()).extracting(ApplicationStep::action).containsExactly("SUBMITTED");

        ApplicationView accepted = as(fixtures.reviewer(), () -> applications.accept(applied.id(), "材料齐全"));
        ApplicationView approved = as(fixtures.approver(), () -> applications.approve(applied.id()));

        LocalDate today = clock.today();
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.bankAccount()).isEqualTo("6228480012345678");
        assertThat(approved.noticeFrom()).isEqualTo(workingDays.nextAfter(today));
        assertThat(approved.noticeUntil()).isEqualTo(workingDays.lastOfWorkingDaysAfter(today, 5));
        assertThat(approved.payable()).isFalse();
        assertThat(approved.stages())
                .extracting(StageView::stageNo, StageView::amount, StageView::payableFrom, StageView::status)
                .containsExactly(
                        tuple(1, Money.ofYuan("500"), hire.startDate(), "PENDING"),
                        tuple(2, Money.ofYuan("500"), hire.startDate().plusMonths(6), "PENDING"));
        assertThat(approved.steps())
                .extracting(ApplicationStep::action, ApplicationStep::actor)
                .containsExactly(
                        tuple("SUBMITTED", fixtures.caseworker().username()),
                        tuple("ACCEPTED", fixtures.reviewer().username()),
                        tuple("APPROVED", fixtures.approver().username()));
        assertThat(events.stream(SubsidyApplied.class)
                        .filter(e -> e.application().equals(applied.id())))
                .hasSize(1);
        assertThat(events.stream(SubsidyApproved.class)
                        .filter(e -> e.application().equals(applied.id())))
                .singleElement()
                .extracting(SubsidyApproved::amount)
                .isEqualTo(Money.ofYuan("1000"));
        assertThat(timeline(hire)).contains("SUBSIDY_APPLIED", "SUBSIDY_APPROVED");

        ApplicationView afterNotice = clock.pinnedAt(
                approved.noticeUntil().plusDays(1),
                () -> as(fixtures.caseworker(), () -> applications.find(applied.id())));
        assertThat(afterNotice.payable()).isTrue();
    }

    @Test
    void approvingAClaimStillInReviewAnswersOutOfOrderAndChangesNothing() {
        ApplicationView claim = fixtures.apply(policy, fixtures.hire("在审", 12));

        outOfOrder(() -> as(fixtures.approver(), () -> applications.approve(claim.id())), "NOT_ACCEPTED");

        assertUnchanged(claim);
    }

    @Test
    void nobodyApprovesWhatTheyMadeOrReviewed() {
        ApplicationView claim = fixtures.accepted(policy, fixtures.hire("四眼", 12));
        Caller makerAsApprover =
                ClaimFixtures.staff(fixtures.caseworker().username(), org.laborbridge.identity.Role.APPROVER);
        Caller reviewerAsApprover =
                ClaimFixtures.staff(fixtures.reviewer().username(), org.laborbridge.identity.Role.APPROVER);

        refused(() -> as(makerAsApprover, () -> applications.approve(claim.id())), "approver", "FOUR_EYES");
        refused(() -> as(reviewerAsApprover, () -> applications.approve(claim.id())), "approver", "FOUR_EYES");

        assertUnchanged(claim);
        assertThat(as(fixtures.approver(), () -> applications.mayApprove(claim)))
                .isTrue();
        assertThat(as(makerAsApprover, () -> applications.mayApprove(claim))).isFalse();
    }

    @Test
    void refusesApprovalBeyondTheBudgetNamingWhatRemains() {
        PolicyView small = fixtures.workerPolicy("2500");
        fixtures.approved(small, fixtures.hire("预算甲", 12));
        fixtures.approved(small, fixtures.hire("预算乙", 12));
        ApplicationView third = fixtures.accepted(small, fixtures.hire("预算丙", 12));

        assertThatThrownBy(() -> as(fixtures.approver(), () -> applications.approve(third.id())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(violation -> {
                            assertThat(violation.code()).isEqualTo("OVER_BUDGET");
                            assertThat(violation.arguments()).containsExactly("1,000", "500", "2,500");
                        }));
        assertUnchanged(third);
    }

    @Test
    void refusesAnIneligibleClaimWithEveryUnmetReason() {
        PlacementView shortContract = fixtures.hire("短合同", "421102", fixtures.posting(), 3);

        assertThatThrownBy(() -> fixtures.apply(policy, shortContract))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations())
                            .extracting(Violation::field, Violation::code)
                            .contains(
                                    tuple("policy", "INELIGIBLE"),
                                    tuple("conditions", "CONTRACT_AT_LEAST"),
                                    tuple("conditions", "HOUSEHOLD_IN_REGIONS"));
                    assertThat(e.violations())
                            .filteredOn(v -> v.code().equals("CONTRACT_AT_LEAST"))
                            .singleElement()
                            .extracting(Violation::arguments)
                            .isEqualTo(List.of(3, 6));
                });
        assertThat(as(fixtures.caseworker(), () -> applications.ofWorker(shortContract.worker())))
                .isEmpty();
    }

    @Test
    void claimsOneBasisUnderOnePolicyOnce() {
        PlacementView hire = fixtures.hire("一次", 12);
        fixtures.apply(policy, hire);

        assertThatThrownBy(() -> fixtures.apply(policy, hire))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code)
                                .contains("INELIGIBLE"));
        assertThat(as(fixtures.caseworker(), () -> applications.ofWorker(hire.worker())))
                .hasSize(1);
    }

    @Test
    void anObjectionDuringTheNoticePutsTheClaimBackToReviewAndBlocksIt() {
        ApplicationView approved = fixtures.approved(policy, fixtures.hire("异议", 12));

        ApplicationView objected =
                as(ClaimFixtures.partner("433100"), () -> applications.object(approved.id(), "申请人已离职"));

        assertThat(objected.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(objected.noticeUntil()).isNull();
        assertThat(objected.stages()).isEmpty();
        assertThat(objected.payable()).isFalse();
        assertThat(objected.objections())
                .singleElement()
                .satisfies(o -> assertThat(o.open()).isTrue());
        outOfOrder(() -> as(fixtures.reviewer(), () -> applications.accept(approved.id(), null)), "OPEN_OBJECTION");

        ApplicationView dismissed = as(
                fixtures.reviewer(),
                () -> applications.resolveObjection(
                        approved.id(), objected.objections().get(0).id(), false, "核实仍在岗"));
        assertThat(dismissed.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        outOfOrder(
                () -> as(
                        fixtures.reviewer(),
                        () -> applications.resolveObjection(
                                approved.id(), objected.objections().get(0).id(), true, null)),
                "OBJECTION_RESOLVED");
        // The approver of the first round may approve again; the reviewer of the second may not.
        as(fixtures.caseworker(2), () -> applications.accept(approved.id(), "复核"));
        ApplicationView again = as(fixtures.approver(), () -> applications.approve(approved.id()));
        assertThat(again.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(again.stages()).hasSize(2);
    }

    @Test
    void anUpheldObjectionRejectsTheClaim() {
        ApplicationView approved = fixtures.approved(policy, fixtures.hire("成立", 12));
        ApplicationView objected = as(fixtures.caseworker(), () -> applications.object(approved.id(), "重复享受"));

        ApplicationView upheld = as(
                fixtures.reviewer(),
                () -> applications.resolveObjection(
                        approved.id(), objected.objections().get(0).id(), true, "属实"));

        assertThat(upheld.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(events.stream(SubsidyRejected.class)
                        .filter(e -> e.application().equals(approved.id())))
                .hasSize(1);
    }

    @Test
    void objectionsCloseWhenTheNoticeEnds() {
        ApplicationView approved = fixtures.approved(policy, fixtures.hire("期满", 12));

        clock.pinnedAt(approved.noticeUntil().plusDays(1), () -> {
            outOfOrder(() -> as(fixtures.caseworker(), () -> applications.object(approved.id(), "太晚了")), "NOTICE_OVER");
            return null;
        });

        assertUnchanged(approved);
    }

    @Test
    void stepsCannotBeSkipped() {
        ApplicationView claim = fixtures.apply(policy, fixtures.hire("跳步", 12));

        outOfOrder(
                () -> as(fixtures.caseworker(), () -> applications.resubmit(claim.id(), null)), "NOT_MORE_REQUESTED");
        outOfOrder(() -> as(fixtures.caseworker(), () -> applications.object(claim.id(), "理由")), "NOT_IN_NOTICE");
        as(fixtures.reviewer(), () -> applications.askForMore(claim.id(), "请补充劳动合同"));
        outOfOrder(() -> as(fixtures.reviewer(), () -> applications.accept(claim.id(), null)), "NOT_IN_REVIEW");
        ApplicationView back = as(fixtures.caseworker(), () -> applications.resubmit(claim.id(), "已补充"));
        ApplicationView accepted = as(fixtures.reviewer(), () -> applications.accept(claim.id(), null));
        outOfOrder(() -> as(fixtures.reviewer(), () -> applications.accept(claim.id(), null)), "NOT_IN_REVIEW");
        ApplicationView rejected = as(fixtures.approver(), () -> applications.reject(claim.id(), "不符合"));
        outOfOrder(
                () -> as(fixtures.caseworker(), () -> applications.changeAccount(claim.id(), null, null, "12345678")),
                "ACCOUNT_FROZEN");

        assertThat(back.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.steps())
                .extracting(ApplicationStep::action)
                .containsExactly("SUBMITTED", "MORE_REQUESTED", "RESUBMITTED", "ACCEPTED", "REJECTED");
    }

    @Test
    void needsAnAccountBeforeApprovalAndAReasonToReject() {
        PlacementView hire = fixtures.hire("无账户", 12);
        ApplicationView claim =
                as(fixtures.caseworker(), () -> applications.apply(ClaimFixtures.form(policy, hire, null)));
        fixtures.attachRequiredDocuments(claim.id());
        refused(
                () -> as(fixtures.caseworker(), () -> applications.changeAccount(claim.id(), null, "农行", "62-28")),
                "bankAccount",
                "FORMAT");
        as(fixtures.reviewer(), () -> applications.accept(claim.id(), null));

        refused(
                () -> as(fixtures.approver(), () -> applications.approve(claim.id())),
                "bankAccount",
                "ACCOUNT_MISSING");
        refused(() -> as(fixtures.approver(), () -> applications.reject(claim.id(), " ")), "reason", "REQUIRED");
        assertUnchanged(as(fixtures.caseworker(), () -> applications.find(claim.id())));

        as(fixtures.caseworker(), () -> applications.changeAccount(claim.id(), null, "农业银行", "6228 4800 1234 5678"));
        assertThat(as(fixtures.approver(), () -> applications.approve(claim.id()))
                        .status())
                .isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void theMakerOfAClaimNeitherAcceptsNorRejectsIt() {
        ApplicationView claim = fixtures.apply(policy, fixtures.hire("自审", 12));

        refused(
                () -> as(fixtures.caseworker(), () -> applications.accept(claim.id(), null)),
                "reviewer",
                "SELF_REVIEW");
        refused(
                () -> as(fixtures.caseworker(), () -> applications.reject(claim.id(), "自己驳回")),
                "reviewer",
                "SELF_REVIEW");

        assertUnchanged(claim);
        assertThat(as(fixtures.caseworker(), () -> applications.mayReview(claim)))
                .isFalse();
        assertThat(as(fixtures.reviewer(), () -> applications.mayReview(claim))).isTrue();
        assertThatThrownBy(() -> jdbc.sql("update subsidy_application set reviewed_by = created_by where id = :id")
                        .param("id", claim.id().value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("subsidy_application_review_four_eyes");
        assertThat(as(fixtures.reviewer(), () -> applications.accept(claim.id(), null))
                        .status())
                .isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void acceptsOnlyOnceEveryRequiredDocumentIsAttached() {
        PlacementView hire = fixtures.hire("缺材料", 12);
        ApplicationView claim = as(
                fixtures.caseworker(), () -> applications.apply(ClaimFixtures.form(policy, hire, "6228480012345678")));
        fixtures.attachDocument(claim.id(), "id-card");

        assertThatThrownBy(() -> as(fixtures.reviewer(), () -> applications.accept(claim.id(), "齐全？")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::code, Violation::arguments)
                                .containsExactly(tuple("documents", "MISSING", List.of("labor-contract"))));
        assertUnchanged(claim);

        fixtures.attachDocument(claim.id(), "labor-contract");
        assertThat(as(fixtures.reviewer(), () -> applications.accept(claim.id(), "齐全"))
                        .status())
                .isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void everyFullAccountShownToStaffIsAuditedAndListsShowItMasked() {
        ApplicationView claim = fixtures.accepted(policy, fixtures.hire("账户审计", 12));
        assertThat(fullViews(claim)).isZero();

        ApplicationView approved = as(fixtures.approver(), () -> applications.approve(claim.id()));
        assertThat(approved.bankAccount()).isEqualTo("6228480012345678");
        assertThat(fullViews(claim)).isEqualTo(1);

        assertThat(as(fixtures.admin(), () -> applications.find(claim.id())).bankAccount())
                .isEqualTo("6228480012345678");
        assertThat(as(fixtures.caseworker(), () -> applications.find(claim.id()))
                        .bankAccount())
                .isEqualTo("6228********5678");
        assertThat(fullViews(claim)).isEqualTo(2);

        for (Caller staff : List.of(fixtures.approver(), fixtures.admin())) {
            assertThat(as(staff, () -> applications.ofWorker(approved.worker())))
                    .extracting(ApplicationView::bankAccount)
                    .containsExactly("6228********5678");
        }
        assertThat(fullViews(claim)).isEqualTo(2);
    }

    @Test
    void theBureauRepairsTheAccountOnlyWhileAPaymentTheBankReturnedWaits() {
        ApplicationView approved = fixtures.approved(policy, fixtures.hire("退票", 12));
        outOfOrder(
                () -> as(
                        fixtures.caseworker(),
                        () -> applications.changeAccount(approved.id(), null, "建行", "6217000012345678")),
                "ACCOUNT_FROZEN");

        paymentLine(approved, "FAILED");
        assertThatThrownBy(() -> as(
                        ClaimFixtures.worker(approved.worker()),
                        () -> applications.changeAccount(approved.id(), null, "建行", "6217000012345678")))
                .isInstanceOf(AccessDeniedException.class);
        ApplicationView repaired = as(
                fixtures.caseworker(),
                () -> applications.changeAccount(approved.id(), null, "建设银行", "6217 0000 1234 5678"));

        assertThat(repaired.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(repaired.bankName()).isEqualTo("建设银行");
        assertThat(as(fixtures.approver(), () -> applications.find(approved.id()))
                        .bankAccount())
                .isEqualTo("6217000012345678");
        assertThat(repaired.steps())
                .last()
                .extracting(ApplicationStep::action, ApplicationStep::note)
                .containsExactly("ACCOUNT_CHANGED", "6217********5678");

        paymentLine(approved, "PENDING");
        outOfOrder(
                () -> as(
                        fixtures.admin(),
                        () -> applications.changeAccount(approved.id(), null, "建行", "6217000099999999")),
                "ACCOUNT_FROZEN");
    }

    /** A line for the claim's first stage in a batch of its own, as the bank left it. */
    private void paymentLine(ApplicationView claim, String status) {
        UUID batch = UUID.randomUUID();
        boolean failed = status.equals("FAILED");
        jdbc.sql("""
                        insert into subsidy_payment_batch (id, number, created_by, line_count, total_fen, status)
                        values (:id, :number, 'test-approver', 1, 50000, :status)
                        """)
                .param("id", batch)
                .param("number", "ZF-T-" + batch)
                .param("status", failed ? "SETTLED" : "OPEN")
                .update();
        jdbc.sql("""
                        insert into subsidy_payment_line (id, batch_id, line_no, application_id, stage_no,
                            household_county, payee_name, bank_account, amount_fen, status, failure_reason,
                            settled_by, settled_at)
                        values (:id, :batch, 1, :claim, 1, :county, :payee, '6228480012345678', 50000, :status,
                                :reason, :by, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("batch", batch)
                .param("claim", claim.id().value())
                .param("county", claim.householdCounty())
                .param("payee", claim.payeeName())
                .param("status", status)
                .param("reason", failed ? "户名与账号不符" : null)
                .param("by", failed ? "test-approver" : null)
                .param("at", failed ? java.sql.Timestamp.from(clock.now()) : null)
                .update();
    }

    private long fullViews(ApplicationView claim) {
        return jdbc.sql("""
                        select count(*) from audit_log
                         where action = 'VIEW_FULL_BANK_ACCOUNT' and subject_type = 'subsidy-application'
                           and subject_id = :id
                        """)
                .param("id", claim.id().toString())
                .query(Long.class)
                .single();
    }

    private List<String> timeline(PlacementView hire) {
        return as(fixtures.caseworker(), () -> registry.timeline(hire.worker())).stream()
                .map(TimelineEntry::kind)
                .toList();
    }

    /** Status and steps as they were: the refused step left no trace. */
    private void assertUnchanged(ApplicationView before) {
        ApplicationView now = as(fixtures.caseworker(), () -> applications.find(before.id()));
        assertThat(now.status()).isEqualTo(before.status());
        assertThat(now.steps()).hasSameSizeAs(before.steps());
        assertThat(now.stages()).hasSameSizeAs(before.stages());
        assertThat(stepCount(before.id())).isEqualTo(before.steps().size());
    }

    private long stepCount(ApplicationId id) {
        return jdbc.sql("select count(*) from subsidy_application_step where application_id = :id")
                .param("id", id.value())
                .query(Long.class)
                .single();
    }

    static <T> T as(Caller caller, Supplier<T> work) {
        return Callers.runAs(caller, work);
    }

    static void outOfOrder(ThrowingCallable step, String code) {
        assertThatThrownBy(step)
                .isInstanceOfSatisfying(
                        StepOutOfOrderException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    static void refused(ThrowingCallable step, String field, String code) {
        assertThatThrownBy(step)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field, Violation::code)
                                .contains(tuple(field, code)));
    }
}
