package org.laborbridge.subsidies.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.BudgetLedger;
import org.laborbridge.subsidies.LedgerLine;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.payments.ClaimFixtures.Claim;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Batches from payable stages to the bank's answer, and every refusal on the way. */
@SpringBootTest
class PaymentBatchTests {

    @Autowired
    PaymentBatches batches;

    @Autowired
    BudgetLedger ledger;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    SubsidyClock clock;

    @Autowired
    WorkerRegistry registry;

    ClaimFixtures fixtures;
    PolicyView once;
    PolicyView twice;

    @BeforeEach
    void setUp() {
        fixtures = new ClaimFixtures(context);
        once = fixtures.policy("PAY", 1);
        twice = fixtures.policy("PAY2", 2);
    }

    private <T> T asApprover(Supplier<T> work) {
        return Callers.runAs(ClaimFixtures.APPROVER, work);
    }

    private String wording(InvalidInputException refused) {
        Violation first = refused.violations().get(0);
        return messages.getMessage(first.messageKey(), first.arguments().toArray(), Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aBatchFreezesPayeeAccountAndAmountAndTakesTheStages() {
        Claim claim = fixtures.claim(once).write();

        BatchView batch = asApprover(() -> batches.create(null, List.of(claim.stage(1))));

        assertThat(batch.number()).matches("ZF-\\d{4}-\\d{4,}");
        assertThat(batch.status()).isEqualTo("OPEN");
        assertThat(batch.lines()).singleElement().satisfies(line -> {
            assertThat(line.payeeName()).isEqualTo(claim.workerName());
            assertThat(line.bankAccount()).isEqualTo("6222021234567890123");
            assertThat(line.amount()).isEqualTo(Money.ofYuan("1000"));
            assertThat(line.status()).isEqualTo("PENDING");
        });
        assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("IN_BATCH");
        assertThat(fixtures.steps(claim)).containsExactly("IN_BATCH");
        jdbc.sql("update subsidy_application set bank_account = '6222000000000000' where id = :id")
                .param("id", claim.id().value())
                .update();
        assertThat(asApprover(() -> batches.find(batch.id())).lines().get(0).bankAccount())
                .isEqualTo("6222021234567890123");
        assertThat(Callers.runAs(ClaimFixtures.CASEWORKER, () -> batches.find(batch.id()))
                        .lines()
                        .get(0)
                        .bankAccount())
                .isEqualTo("6222***********0123");
    }

    @Test
    void aStageStillInItsNoticeIsRefusedAndNothingIsMade() {
        Claim claim = fixtures.claim(once).noticeUntil(clock.today()).write();
        long before = fixtures.batches();

        assertThatThrownBy(() -> asApprover(() -> batches.create(null, List.of(claim.stage(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::code).containsExactly("NOTICE_RUNNING");
                    assertThat(wording(refused)).isEqualTo(claim.number() + " 第 1 阶段：公示期尚未结束。");
                });
        assertThat(fixtures.batches()).isEqualTo(before);
        assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("PENDING");
        assertThat(asApprover(() -> batches.payable(once.code()))).isEmpty();
    }

    @Test
    void anOpenObjectionBlocksPayment() {
        Claim claim = fixtures.claim(once).withOpenObjection().write();

        assertThatThrownBy(() -> asApprover(() -> batches.create(null, List.of(claim.stage(1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::code).containsExactly("OBJECTION_OPEN");
                    assertThat(wording(refused)).endsWith("有未处理的异议。");
                });
        assertThat(fixtures.lines(claim)).isZero();
        assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("PENDING");
    }

    @Test
    void stageTwoIsNeverPaidBeforeStageOne() {
        Claim claim = fixtures.claim(twice).stagesFen(50_000L, 50_000L).write();

        assertThatThrownBy(() -> asApprover(() -> batches.create(null, List.of(claim.stage(2)))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.violations())
                            .extracting(Violation::code)
                            .containsExactly("EARLIER_STAGE_UNPAID");
                    assertThat(wording(refused)).endsWith("上一阶段尚未支付。");
                });
        assertThatThrownBy(() -> asApprover(() -> batches.create(null, List.of(claim.stage(1), claim.stage(2)))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixtures.lines(claim)).isZero();
        assertThat(asApprover(() -> batches.payable(twice.code())))
                .extracting(stage -> stage.stageNo())
                .containsExactly(1);
    }

    @Test
    void theDatabaseRefusesALineForStageTwoWhileStageOneIsUnpaid() {
        Claim claim = fixtures.claim(twice).stagesFen(50_000L, 50_000L).write();
        UUID batch = UUID.randomUUID();
        jdbc.sql("""
                        insert into subsidy_payment_batch (id, number, created_by, created_at, line_count, total_fen, status)
                        values (:id, :number, 'sql', now(), 1, 50000, 'OPEN')
                        """).param("id", batch).param("number", "ZF-SQL-" + batch).update();

        assertThatThrownBy(() -> jdbc.sql("""
                                insert into subsidy_payment_line (id, batch_id, line_no, application_id, stage_no,
                                    household_county, payee_name, bank_account, amount_fen, status)
                                values (:id, :batch, 1, :application, 2, '433122', '向阳花', '6222021234567890123',
                                    50000, 'PENDING')
                                """)
                        .param("id", UUID.randomUUID())
                        .param("batch", batch)
                        .param("application", claim.id().value())
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("before the stage before it is paid");
    }

    @Test
    void paidStagesMakeTheClaimPaidAndTheSecondStagePayable() {
        Claim claim = fixtures.claim(twice).stagesFen(50_000L, 50_000L).write();
        BatchView first = asApprover(() -> batches.create(null, List.of(claim.stage(1))));

        BatchView settled = asApprover(() -> batches.markPaid(first.id(), List.of(1)));

        assertThat(settled.status()).isEqualTo("SETTLED");
        assertThat(settled.paid()).isEqualTo(Money.ofYuan("500"));
        assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("PAID");
        assertThat(fixtures.claimStatus(claim)).isEqualTo("APPROVED");
        BatchView second = asApprover(() -> batches.create(null, List.of(claim.stage(2))));
        asApprover(() -> batches.markPaid(second.id(), List.of(1)));
        assertThat(fixtures.claimStatus(claim)).isEqualTo("PAID");
        assertThat(fixtures.steps(claim)).containsExactly("IN_BATCH", "PAID", "IN_BATCH", "PAID");
        assertThat(jdbc.sql("select paid_on from subsidy_stage where application_id = :id and stage_no = 2")
                        .param("id", claim.id().value())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(clock.today());
        assertThat(Callers.runAs(ClaimFixtures.CASEWORKER, () -> registry.timeline(claim.worker())))
                .anySatisfy(entry -> assertThat(entry.kind()).isEqualTo("SUBSIDY_PAID"));
    }

    @Test
    void payingASettledBatchTwiceIsOutOfOrderAndChangesNothing() {
        Claim claim = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(claim.stage(1))));
        asApprover(() -> batches.markPaid(batch.id(), List.of(1)));

        assertThatThrownBy(() -> asApprover(() -> batches.markPaid(batch.id(), List.of(1))))
                .isInstanceOfSatisfying(StepOutOfOrderException.class, outOfOrder -> {
                    assertThat(outOfOrder.code()).isEqualTo("BATCH_SETTLED");
                    assertThat(messages.getMessage(outOfOrder.messageKey(), outOfOrder.arguments(), Locale.ENGLISH))
                            .isEqualTo("Payment batch " + batch.number()
                                    + " is already settled and cannot be paid again.");
                });
        assertThatThrownBy(() -> asApprover(() -> batches.importResult(batch.id(), csv("1,PAID,"))))
                .isInstanceOf(StepOutOfOrderException.class);
        assertThat(fixtures.steps(claim)).containsExactly("IN_BATCH", "PAID");
    }

    @Test
    void aFailedLineSendsTheStageBackForALaterBatch() {
        Claim claim = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(claim.stage(1))));

        assertThatThrownBy(() -> asApprover(() -> batches.markFailed(batch.id(), 1, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(wording(refused)).isEqualTo("支付失败必须写明原因。"));
        BatchView failed = asApprover(() -> batches.markFailed(batch.id(), 1, "账户已销户"));

        assertThat(failed.status()).isEqualTo("SETTLED");
        assertThat(failed.lines().get(0).failureReason()).isEqualTo("账户已销户");
        assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("PENDING");
        BatchView again = asApprover(() -> batches.create(null, List.of(claim.stage(1))));
        assertThat(again.lines()).hasSize(1);
        assertThat(fixtures.steps(claim)).containsExactly("IN_BATCH", "PAYMENT_FAILED", "IN_BATCH");
    }

    @Test
    void aBankFileNamingUnknownLinesIsRefusedWholeAndNothingChanges() {
        Claim first = fixtures.claim(once).write();
        Claim second = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(first.stage(1), second.stage(1))));

        assertThatThrownBy(() -> asApprover(() -> batches.importResult(
                        batch.id(),
                        withBatch(batch, "lineNo,status,reason", "1,PAID,", "7,PAID,", "2,FAILED,", "x,已支付,"))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.violations())
                            .extracting(Violation::row, Violation::field, Violation::code)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(3, "lineNo", "UNKNOWN"),
                                    org.assertj.core.groups.Tuple.tuple(4, "reason", "REQUIRED"),
                                    org.assertj.core.groups.Tuple.tuple(5, "lineNo", "FORMAT"));
                    assertThat(wording(refused)).isEqualTo("批次 " + batch.number() + " 没有第 7 笔。");
                });
        assertThat(fixtures.stageStatus(first, 1)).isEqualTo("IN_BATCH");
        assertThat(asApprover(() -> batches.find(batch.id())).lines())
                .extracting(line -> line.status())
                .containsOnly("PENDING");
    }

    @Test
    void aBankFileForAnotherBatchOrNamingSettledLinesIsRefused() {
        Claim first = fixtures.claim(once).write();
        Claim second = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(first.stage(1), second.stage(1))));
        asApprover(() -> batches.markPaid(batch.id(), List.of(1)));

        assertThatThrownBy(() -> asApprover(() -> batches.importResult(
                        batch.id(), csv("批次号,序号,状态,失败原因\r\nZF-1999-0001,2,已支付,\r\n" + batch.number() + ",1,已支付,"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::row, Violation::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(2, "OTHER_BATCH"),
                                        org.assertj.core.groups.Tuple.tuple(3, "SETTLED")));
        assertThat(fixtures.stageStatus(second, 1)).isEqualTo("IN_BATCH");
    }

    @Test
    void aBankFileWithoutTheBatchColumnIsRefusedWholeInEveryLanguage() {
        Claim claim = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(claim.stage(1))));

        for (String file : List.of("1,PAID,", "lineNo,status,reason\r\n1,PAID,\r\n")) {
            assertThatThrownBy(() -> asApprover(() -> batches.importResult(batch.id(), csv(file))))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                        assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("batch", "REQUIRED"));
                        Violation violation = refused.violations().get(0);
                        assertThat(messages.getMessage(violation.messageKey(), null, Locale.SIMPLIFIED_CHINESE))
                                .contains("批次号");
                        assertThat(messages.getMessage(violation.messageKey(), null, Locale.TRADITIONAL_CHINESE))
                                .contains("批次號");
                        assertThat(messages.getMessage(violation.messageKey(), null, Locale.ENGLISH))
                                .contains("batch column");
                    });
        }
        assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("IN_BATCH");
        assertThat(fixtures.steps(claim)).containsExactly("IN_BATCH");
    }

    @Test
    void anOversizedBankFileIsRefusedBeforeItIsRead() {
        Claim claim = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(claim.stage(1))));
        byte[] huge = new byte[PaymentService.MAX_RESULT_FILE_BYTES + 1];

        assertThatThrownBy(() -> asApprover(() -> batches.importResult(batch.id(), new ByteArrayInputStream(huge))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.violations()).extracting(Violation::code).containsExactly("TOO_LARGE");
                    assertThat(wording(refused)).isEqualTo("银行结果文件超过 5 MB，请只上传本批次的结果。");
                });
        assertThat(fixtures.stageStatus(claim, 1)).isEqualTo("IN_BATCH");
    }

    @Test
    void aBankFileOfAnotherBatchSettlesNothingHere() {
        Claim mine = fixtures.claim(once).write();
        Claim theirs = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(mine.stage(1))));
        BatchView other = asApprover(() -> batches.create(null, List.of(theirs.stage(1))));
        String answer = exported(other).replaceAll(",,\r\n", ",已支付,\r\n");

        assertThatThrownBy(() -> asApprover(() -> batches.importResult(batch.id(), csv(answer))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.violations())
                            .extracting(Violation::row, Violation::field, Violation::code)
                            .contains(org.assertj.core.groups.Tuple.tuple(2, "batch", "OTHER_BATCH"));
                    assertThat(wording(refused))
                            .isEqualTo("此行属于批次 " + other.number() + "，不是批次 " + batch.number() + "。");
                });
        assertThatThrownBy(() ->
                        asApprover(() -> batches.importResult(batch.id(), csv("batch,lineNo,status\r\n,1,PAID\r\n"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::row, Violation::field, Violation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "batch", "REQUIRED")));
        assertThat(fixtures.stageStatus(mine, 1)).isEqualTo("IN_BATCH");
        assertThat(fixtures.stageStatus(theirs, 1)).isEqualTo("IN_BATCH");
        assertThat(asApprover(() -> batches.find(batch.id())).lines())
                .extracting(line -> line.status())
                .containsOnly("PENDING");
    }

    @Test
    void aBankFileWithAnotherAmountIsRefusedNamingRowAndField() {
        Claim first = fixtures.claim(once).write();
        Claim second = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(first.stage(1), second.stage(1))));
        String[] lines = exported(batch).split("\r\n");
        String answer = lines[0] + "\r\n" + lines[1].replaceAll(",,$", ",已支付,") + "\r\n"
                + lines[2].replace(",1000.00,", ",100.00,").replaceAll(",,$", ",已支付,") + "\r\n";

        assertThatThrownBy(() -> asApprover(() -> batches.importResult(batch.id(), csv(answer))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.violations())
                            .extracting(Violation::row, Violation::field, Violation::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "amount", "MISMATCH"));
                    assertThat(wording(refused)).isEqualTo("第 2 笔的金额是 1000.00 元，文件中写的是“100.00”。");
                });
        assertThat(fixtures.stageStatus(first, 1)).isEqualTo("IN_BATCH");
        assertThat(fixtures.stageStatus(second, 1)).isEqualTo("IN_BATCH");
        assertThat(asApprover(() -> batches.find(batch.id())).lines())
                .extracting(line -> line.status())
                .containsOnly("PENDING");
    }

    @Test
    void aBankFileWhoseLineNumbersSlippedIsRefusedByTheClaimNumber() {
        Claim first = fixtures.claim(once).write();
        Claim second = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(first.stage(1), second.stage(1))));
        String[] lines = exported(batch).split("\r\n");
        String answer = lines[0] + "\r\n"
                + lines[1].replace(first.number(), second.number()).replaceAll(",,$", ",已支付,") + "\r\n";

        assertThatThrownBy(() -> asApprover(() -> batches.importResult(batch.id(), csv(answer))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.violations())
                            .extracting(Violation::row, Violation::field, Violation::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "application", "MISMATCH"));
                    assertThat(wording(refused))
                            .isEqualTo("第 1 笔的申请编号是 " + first.number() + "，文件中写的是“" + second.number() + "”。");
                });
        assertThat(fixtures.stageStatus(first, 1)).isEqualTo("IN_BATCH");
        assertThat(fixtures.stageStatus(second, 1)).isEqualTo("IN_BATCH");
    }

    private String exported(BatchView batch) {
        return new String(asApprover(() -> batches.export(batch.id(), "csv")).content(), StandardCharsets.UTF_8);
    }

    @Test
    void theExportedFileFilledInByTheBankSettlesTheBatch() {
        Claim first = fixtures.claim(once).write();
        Claim second = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(first.stage(1), second.stage(1))));
        LocaleContextHolder.setLocale(Locale.TRADITIONAL_CHINESE);
        String exported;
        try {
            exported = new String(
                    asApprover(() -> batches.export(batch.id(), "csv")).content(), StandardCharsets.UTF_8);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        String[] lines = exported.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF批次號,序號,申請編號,政策編號,收款人,開戶銀行,收款帳號,金額（元）,狀態,失敗原因");
        String answer = lines[0] + "\r\n" + lines[1].replaceAll(",,$", ",已支付,") + "\r\n"
                + lines[2].replaceAll(",,$", ",支付失敗,帳號不存在") + "\r\n";

        BatchView settled = asApprover(() -> batches.importResult(batch.id(), csv(answer)));

        assertThat(settled.status()).isEqualTo("SETTLED");
        assertThat(settled.lines()).extracting(line -> line.status()).containsExactly("PAID", "FAILED");
    }

    @Test
    void theLedgerCountsApprovedAndPaidAgainstTheBudget() {
        PolicyView policy = fixtures.policy("LEDGER", 1);
        Claim paid = fixtures.claim(policy).write();
        fixtures.claim(policy).write();
        fixtures.claim(policy).status("SUBMITTED").write();
        BatchView batch = asApprover(() -> batches.create(policy.code(), List.of(paid.stage(1))));
        asApprover(() -> batches.markPaid(batch.id(), List.of(1)));

        LedgerLine line = Callers.runAs(ClaimFixtures.CASEWORKER, () -> ledger.of(policy.code()));

        assertThat(line.budget()).isEqualTo(Money.ofYuan("100000"));
        assertThat(line.paid()).isEqualTo(Money.ofYuan("1000"));
        assertThat(line.committed()).isEqualTo(Money.ofYuan("1000"));
        assertThat(line.remaining()).isEqualTo(Money.ofYuan("98000"));
    }

    @Test
    void withoutChosenStagesABatchTakesEveryPayableStageOfThePolicy() {
        PolicyView policy = fixtures.policy("ALL", 1);
        Claim payable = fixtures.claim(policy).write();
        Claim noticed = fixtures.claim(policy).noticeUntil(clock.today()).write();
        Claim noAccount = fixtures.claim(policy).account(null).write();

        BatchView batch = asApprover(() -> batches.create(policy.code(), List.of()));

        assertThat(batch.lines()).extracting(line -> line.applicationNumber()).containsExactly(payable.number());
        assertThat(fixtures.lines(noticed) + fixtures.lines(noAccount)).isZero();
        assertThatThrownBy(() -> asApprover(() -> batches.create(policy.code(), List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::code)
                                .containsExactly("NOTHING_PAYABLE"));
    }

    @Test
    void anExportIsAuditedOnceAndMaskedForCaseworkers() {
        Claim claim = fixtures.claim(once).write();
        BatchView batch = asApprover(() -> batches.create(null, List.of(claim.stage(1))));
        long before = exportsOf(batch);

        String masked = new String(
                Callers.runAs(ClaimFixtures.CASEWORKER, () -> batches.export(batch.id(), "CSV"))
                        .content(),
                StandardCharsets.UTF_8);
        byte[] xlsx = asApprover(() -> batches.export(batch.id(), "xlsx")).content();

        assertThat(masked).contains("6222***********0123").doesNotContain("6222021234567890123");
        assertThat(xlsx).startsWith('P', 'K');
        assertThat(exportsOf(batch)).isEqualTo(before + 2);
        assertThatThrownBy(() -> asApprover(() -> batches.export(batch.id(), "pdf")))
                .isInstanceOf(InvalidInputException.class);
    }

    private long exportsOf(BatchView batch) {
        return jdbc.sql("select count(*) from audit_log where action = 'EXPORT' and subject_id = :id")
                .param("id", batch.id().toString())
                .query(Long.class)
                .single();
    }

    /** A result file whose every row names the batch in front of the given cells. */
    private static ByteArrayInputStream withBatch(BatchView batch, String header, String... rows) {
        StringBuilder text = new StringBuilder("batch," + header + "\r\n");
        for (String row : rows) {
            text.append(batch.number()).append(',').append(row).append("\r\n");
        }
        return csv(text.toString());
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
