package org.laborbridge.subsidies.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.shared.Identifiers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Masking;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.Sheets;
import org.laborbridge.shared.web.SupportedLanguages;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.BatchView;
import org.laborbridge.subsidies.PayableStage;
import org.laborbridge.subsidies.PaymentBatches;
import org.laborbridge.subsidies.PaymentLineView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.SubsidyPaid;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.payments.BankResultFile.ResultRow;
import org.laborbridge.subsidies.payments.PaymentRows.BatchRow;
import org.laborbridge.subsidies.payments.PaymentRows.LineRow;
import org.laborbridge.subsidies.payments.PaymentRows.Settled;
import org.laborbridge.subsidies.payments.PaymentRows.StageRow;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.workers.WorkerHistory;
import org.laborbridge.workers.WorkerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment batches from payable stages to the bank's answer. A batch freezes what it pays (the
 * trigger on its lines keeps it so); each line is settled once; a failed stage waits for a later
 * batch. Stages are locked before they are judged, so two batches made at once never share one.
 */
@Service
@Transactional(readOnly = true)
class PaymentService implements PaymentBatches {

    static final String SUBJECT = "subsidy-payment-batch";
    static final String VIEW_FULL_BANK_ACCOUNT = "VIEW_FULL_BANK_ACCOUNT";
    static final int MAX_REASON = 500;
    /** A result line is well under 1 KB; a bank file beyond this is not the one we exported. */
    static final int MAX_RESULT_FILE_BYTES = 5 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentRows rows;
    private final SubsidyClock clock;
    private final AuditLog auditLog;
    private final WorkerHistory history;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    PaymentService(
            PaymentRows rows,
            SubsidyClock clock,
            AuditLog auditLog,
            WorkerHistory history,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.rows = rows;
        this.clock = clock;
        this.auditLog = auditLog;
        this.history = history;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public List<PayableStage> payable(String policyCode) {
        PaymentAccess.requireReader();
        LocalDate today = clock.today();
        return rows.candidates(blankToNull(policyCode), today, MAX_LINES).stream()
                .filter(stage -> PayableRule.payable(stage.state(), today))
                .map(stage -> new PayableStage(
                        new ApplicationId(stage.application()),
                        stage.number(),
                        stage.stageNo(),
                        stage.policyCode(),
                        stage.payeeName(),
                        stage.householdCounty(),
                        Money.ofFen(stage.amountFen()),
                        stage.payableFrom()))
                .toList();
    }

    @Override
    @Transactional
    public BatchView create(String policyCode, List<StageRef> stages) {
        Caller caller = PaymentAccess.requirePayer();
        LocalDate today = clock.today();
        Instant now = clock.now();
        boolean chosen = stages != null && !stages.isEmpty();
        List<StageRef> refs = chosen
                ? stages.stream().distinct().toList()
                : rows.candidates(blankToNull(policyCode), today, MAX_LINES).stream()
                        .map(StageRow::ref)
                        .toList();
        if (refs.size() > MAX_LINES) {
            throw new InvalidInputException(
                    Violation.of("stages", "TOO_MANY", "subsidies.invalid.stage.TOO_MANY", MAX_LINES));
        }
        List<StageRow> locked = refs.isEmpty() ? List.of() : rows.lockStages(refs);
        List<Violation> refusals = new ArrayList<>();
        if (chosen) {
            Set<StageRef> found =
                    new HashSet<>(locked.stream().map(StageRow::ref).toList());
            refs.stream()
                    .filter(ref -> !found.contains(ref))
                    .forEach(ref -> refusals.add(Violation.of(
                            "stages", "UNKNOWN", "subsidies.invalid.stage.UNKNOWN", ref.application(), ref.stageNo())));
        }
        List<StageRow> payable = new ArrayList<>();
        for (StageRow stage : ordered(locked)) {
            Optional<String> refusal = PayableRule.refusal(stage.state(), today);
            if (refusal.isEmpty()) {
                payable.add(stage);
            } else if (chosen) {
                refusals.add(Violation.of(
                        "stages",
                        refusal.get(),
                        "subsidies.invalid.stage." + refusal.get(),
                        stage.number(),
                        stage.stageNo()));
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals);
        }
        if (payable.isEmpty()) {
            throw new InvalidInputException(
                    Violation.of("stages", "NOTHING_PAYABLE", "subsidies.invalid.stage.NOTHING_PAYABLE"));
        }
        UUID id = Identifiers.timeOrdered();
        String number = rows.nextBatchNumber(today.getYear());
        long total = payable.stream().mapToLong(StageRow::amountFen).sum();
        rows.insertBatch(id, number, caller.username(), now, payable.size(), total);
        int lineNo = 0;
        for (StageRow stage : payable) {
            try {
                rows.insertLine(Identifiers.timeOrdered(), id, ++lineNo, stage);
            } catch (DuplicateKeyException taken) {
                // The unique index on live lines is the last word should the locks ever be bypassed.
                throw new InvalidInputException(Violation.of(
                        "stages", "IN_BATCH", "subsidies.invalid.stage.IN_BATCH", stage.number(), stage.stageNo()));
            }
            rows.stageStatus(stage.application(), stage.stageNo(), "IN_BATCH", null);
            rows.step(
                    stage.application(),
                    "IN_BATCH",
                    caller.username(),
                    caller.role().name(),
                    number + " #" + lineNo + " / " + stage.stageNo(),
                    now);
        }
        log.info("Payment batch {} of {} lines made by {}", number, payable.size(), caller.username());
        return view(rows.batch(id).orElseThrow(), caller);
    }

    @Override
    public List<BatchView> list(int page, int size) {
        PaymentAccess.requireReader();
        int pageSize = Math.max(1, Math.min(size, 200));
        return rows.batches(Math.max(0, page), pageSize).stream()
                .map(batch -> summary(batch, List.of()))
                .toList();
    }

    /** Writes to the audit log when the accounts are shown in full, hence not read-only. */
    @Override
    @Transactional
    public BatchView find(UUID batch) {
        Caller caller = PaymentAccess.requireReader();
        return view(rows.batch(batch).orElseThrow(() -> notFound(batch)), caller);
    }

    @Override
    @Transactional
    public Export export(UUID batch, String format) {
        Caller caller = PaymentAccess.requireReader();
        String kind = format == null ? "" : format.strip().toUpperCase(Locale.ROOT);
        if (!kind.equals("CSV") && !kind.equals("XLSX")) {
            throw new InvalidInputException(
                    Violation.of("format", "UNKNOWN", "subsidies.invalid.exportFormat.UNKNOWN", format));
        }
        BatchRow row = rows.batch(batch).orElseThrow(() -> notFound(batch));
        boolean full = PaymentAccess.seesFullAccount(caller);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = BankColumns.EXPORTED.stream()
                .map(column -> messages.getMessage(BankColumns.key(column), null, column, locale))
                .toList();
        List<List<String>> lines = rows.lines(batch).stream()
                .map(line -> List.of(
                        row.number(),
                        Integer.toString(line.lineNo()),
                        line.applicationNumber(),
                        line.policyCode(),
                        line.payeeName(),
                        line.bankName() == null ? "" : line.bankName(),
                        full ? line.bankAccount() : Masking.bankAccount(line.bankAccount()),
                        Money.ofFen(line.amountFen()).toYuanString(),
                        line.status().equals("PENDING")
                                ? ""
                                : messages.getMessage("subsidies.payments.line.status." + line.status(), null, locale),
                        line.failureReason() == null ? "" : line.failureReason()))
                .toList();
        Sheets.Table table = new Sheets.Table(row.number(), header, lines);
        rows.exported(batch, clock.now());
        auditLog.record(
                AuditLog.EXPORT,
                SUBJECT,
                batch.toString(),
                row.number() + " " + kind + (full ? " full accounts" : " masked accounts") + ", " + lines.size()
                        + " lines");
        return kind.equals("CSV")
                ? new Export(row.number() + ".csv", Sheets.CSV_TYPE, Sheets.csv(table))
                : new Export(row.number() + ".xlsx", Sheets.XLSX_TYPE, Sheets.xlsx(List.of(table)));
    }

    @Override
    @Transactional
    public BatchView markPaid(UUID batch, List<Integer> lineNos) {
        Caller caller = PaymentAccess.requirePayer();
        BatchRow row = openBatch(batch);
        if (lineNos == null || lineNos.isEmpty()) {
            throw new InvalidInputException(Violation.of("lineNos", "REQUIRED", "subsidies.invalid.lineNo.REQUIRED"));
        }
        Map<Integer, LineRow> lines = linesByNo(batch);
        List<Violation> unknown = lineNos.stream()
                .filter(no -> !lines.containsKey(no))
                .map(no -> Violation.of("lineNo", "UNKNOWN", "subsidies.invalid.lineNo.UNKNOWN", no, row.number()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        for (Integer no : new java.util.LinkedHashSet<>(lineNos)) {
            LineRow line = lines.get(no);
            if (!line.status().equals("PENDING")) {
                throw new StepOutOfOrderException("LINE_SETTLED", no, row.number());
            }
        }
        Instant now = clock.now();
        new java.util.LinkedHashSet<>(lineNos).forEach(no -> pay(row, lines.get(no), caller, now));
        rows.settleBatchIfDone(batch, now);
        return view(rows.batch(batch).orElseThrow(), caller);
    }

    @Override
    @Transactional
    public BatchView markFailed(UUID batch, int lineNo, String reason) {
        Caller caller = PaymentAccess.requirePayer();
        BatchRow row = openBatch(batch);
        LineRow line = linesByNo(batch).get(lineNo);
        if (line == null) {
            throw new InvalidInputException(
                    Violation.of("lineNo", "UNKNOWN", "subsidies.invalid.lineNo.UNKNOWN", lineNo, row.number()));
        }
        reasonViolation(reason).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        if (!line.status().equals("PENDING")) {
            throw new StepOutOfOrderException("LINE_SETTLED", lineNo, row.number());
        }
        Instant now = clock.now();
        fail(row, line, reason.strip(), caller, now);
        rows.settleBatchIfDone(batch, now);
        return view(rows.batch(batch).orElseThrow(), caller);
    }

    @Override
    @Transactional
    public BatchView importResult(UUID batch, InputStream file) {
        Caller caller = PaymentAccess.requirePayer();
        BatchRow row = openBatch(batch);
        byte[] content;
        try {
            content = file.readNBytes(MAX_RESULT_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > MAX_RESULT_FILE_BYTES) {
            throw new InvalidInputException(Violation.of(
                    "file",
                    "TOO_LARGE",
                    "subsidies.invalid.resultFile.TOO_LARGE",
                    MAX_RESULT_FILE_BYTES / 1024 / 1024));
        }
        List<ResultRow> results = BankResultFile.read(content, headerNames());
        Map<Integer, LineRow> lines = linesByNo(batch);
        List<Violation> violations = new ArrayList<>();
        Map<Integer, ResultRow> settle = new LinkedHashMap<>();
        for (ResultRow result : results) {
            List<Violation> problems = judge(result, row, lines, settle);
            violations.addAll(problems.stream().map(v -> v.atRow(result.row())).toList());
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.now();
        settle.forEach((no, result) -> {
            if (status(result.status()).equals("PAID")) {
                pay(row, lines.get(no), caller, now);
            } else {
                fail(row, lines.get(no), result.reason(), caller, now);
            }
        });
        rows.settleBatchIfDone(batch, now);
        log.info(
                "Bank result for batch {} read: {} lines settled by {}",
                row.number(),
                settle.size(),
                caller.username());
        return view(rows.batch(batch).orElseThrow(), caller);
    }

    @Override
    public boolean mayPay() {
        return org.laborbridge.identity.Callers.find()
                .map(PaymentAccess::mayPay)
                .orElse(false);
    }

    private List<Violation> judge(
            ResultRow result, BatchRow batch, Map<Integer, LineRow> lines, Map<Integer, ResultRow> settle) {
        List<Violation> problems = new ArrayList<>();
        if (result.batch().isEmpty()) {
            problems.add(
                    Violation.of("batch", "REQUIRED", "subsidies.invalid.batchFile.BATCH_MISSING", batch.number()));
        } else if (!result.batch().equalsIgnoreCase(batch.number())) {
            problems.add(Violation.of(
                    "batch", "OTHER_BATCH", "subsidies.invalid.batchFile.OTHER_BATCH", result.batch(), batch.number()));
        }
        Integer no = null;
        if (result.lineNo().isEmpty()) {
            problems.add(Violation.of("lineNo", "REQUIRED", "subsidies.invalid.lineNo.REQUIRED"));
        } else if (!result.lineNo().matches("\\d{1,9}")) {
            problems.add(Violation.of("lineNo", "FORMAT", "subsidies.invalid.lineNo.FORMAT", result.lineNo()));
        } else {
            no = Integer.valueOf(result.lineNo());
            LineRow line = lines.get(no);
            if (line == null) {
                problems.add(Violation.of("lineNo", "UNKNOWN", "subsidies.invalid.lineNo.UNKNOWN", no, batch.number()));
                no = null;
            } else if (!line.status().equals("PENDING")) {
                problems.add(Violation.of("lineNo", "SETTLED", "subsidies.invalid.lineNo.SETTLED", no, line.status()));
                no = null;
            } else if (!matchesFrozenLine(result, line, problems)) {
                no = null;
            } else if (settle.containsKey(no)) {
                problems.add(Violation.of(
                        "lineNo",
                        "DUPLICATE",
                        "subsidies.invalid.lineNo.DUPLICATE",
                        no,
                        settle.get(no).row()));
                no = null;
            }
        }
        String status = status(result.status());
        if (status == null) {
            problems.add(Violation.of("status", "UNKNOWN", "subsidies.invalid.bankStatus.UNKNOWN", result.status()));
        } else if (status.equals("FAILED")) {
            reasonViolation(result.reason()).ifPresent(problems::add);
        }
        if (problems.isEmpty() && no != null) {
            settle.put(
                    no,
                    new ResultRow(
                            result.row(),
                            result.batch(),
                            result.lineNo(),
                            result.application(),
                            result.amount(),
                            status,
                            result.reason()));
        }
        return problems;
    }

    /**
     * The claim number and amount, when the file has those columns, must be what the batch froze:
     * a row whose line number slipped would otherwise settle somebody else's payment.
     */
    private static boolean matchesFrozenLine(ResultRow result, LineRow line, List<Violation> problems) {
        boolean matches = true;
        if (result.application() != null && !result.application().equalsIgnoreCase(line.applicationNumber())) {
            problems.add(Violation.of(
                    "application",
                    "MISMATCH",
                    "subsidies.invalid.bankApplication.MISMATCH",
                    line.lineNo(),
                    line.applicationNumber(),
                    result.application()));
            matches = false;
        }
        if (result.amount() != null && !sameAmount(result.amount(), line.amountFen())) {
            problems.add(Violation.of(
                    "amount",
                    "MISMATCH",
                    "subsidies.invalid.bankAmount.MISMATCH",
                    line.lineNo(),
                    Money.ofFen(line.amountFen()).toYuanString(),
                    result.amount()));
            matches = false;
        }
        return matches;
    }

    private static boolean sameAmount(String written, long frozenFen) {
        try {
            return Money.ofYuan(written.replace(",", "")).fen() == frozenFen;
        } catch (RuntimeException notAnAmount) {
            return false;
        }
    }

    private static Optional<Violation> reasonViolation(String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of(Violation.of("reason", "REQUIRED", "subsidies.invalid.failureReason.REQUIRED"));
        }
        if (reason.strip().length() > MAX_REASON) {
            return Optional.of(
                    Violation.of("reason", "TOO_LONG", "subsidies.invalid.failureReason.TOO_LONG", MAX_REASON));
        }
        return Optional.empty();
    }

    /** PAID or FAILED, written in English or in any of our languages; null for anything else. */
    private String status(String written) {
        if (written == null) {
            return null;
        }
        String value = written.strip();
        for (String status : List.of("PAID", "FAILED")) {
            if (value.equalsIgnoreCase(status)) {
                return status;
            }
            for (Locale locale : SupportedLanguages.ALL) {
                String label = messages.getMessage("subsidies.payments.line.status." + status, null, null, locale);
                if (label != null && label.equalsIgnoreCase(value)) {
                    return status;
                }
            }
        }
        return null;
    }

    private Map<String, Set<String>> headerNames() {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (String column : BankResultFile.READ) {
            Set<String> accepted = new HashSet<>();
            accepted.add(column.toLowerCase(Locale.ROOT));
            for (Locale locale : SupportedLanguages.ALL) {
                accepted.add(messages.getMessage(BankColumns.key(column), null, column, locale)
                        .toLowerCase(Locale.ROOT));
            }
            names.put(column, accepted);
        }
        return names;
    }

    private BatchRow openBatch(UUID batch) {
        BatchRow row = rows.lockBatch(batch).orElseThrow(() -> notFound(batch));
        if (row.status().equals("SETTLED")) {
            throw new StepOutOfOrderException("BATCH_SETTLED", row.number());
        }
        return row;
    }

    private Map<Integer, LineRow> linesByNo(UUID batch) {
        Map<Integer, LineRow> lines = new LinkedHashMap<>();
        rows.lines(batch).forEach(line -> lines.put(line.lineNo(), line));
        return lines;
    }

    private void pay(BatchRow batch, LineRow line, Caller caller, Instant now) {
        LocalDate paidOn = clock.today();
        rows.settleLine(line.id(), "PAID", null, caller.username(), now);
        rows.stageStatus(line.application(), line.stageNo(), "PAID", paidOn);
        rows.step(
                line.application(),
                "PAID",
                caller.username(),
                caller.role().name(),
                batch.number() + " #" + line.lineNo() + " / " + line.stageNo(),
                now);
        rows.claimPaidIfAllStagesAre(line.application(), now);
        Money amount = Money.ofFen(line.amountFen());
        WorkerId worker = new WorkerId(line.worker());
        history.record(
                worker,
                "SUBSIDY_PAID",
                Map.of(
                        "subsidyPolicy", line.policyCode(),
                        "subsidyNumber", line.applicationNumber(),
                        "subsidyStage", Integer.toString(line.stageNo()),
                        "subsidyAmount", amount.toDisplayString()));
        events.publishEvent(new SubsidyPaid(
                new ApplicationId(line.application()),
                line.stageNo(),
                line.policyCode(),
                PolicyKind.valueOf(line.kind()),
                worker,
                line.householdCounty(),
                amount,
                paidOn,
                now));
    }

    private void fail(BatchRow batch, LineRow line, String reason, Caller caller, Instant now) {
        rows.settleLine(line.id(), "FAILED", reason.strip(), caller.username(), now);
        rows.stageStatus(line.application(), line.stageNo(), "PENDING", null);
        rows.step(
                line.application(),
                "PAYMENT_FAILED",
                caller.username(),
                caller.role().name(),
                batch.number() + " #" + line.lineNo() + " / " + line.stageNo() + ": " + reason.strip(),
                now);
    }

    private BatchView view(BatchRow batch, Caller caller) {
        boolean full = PaymentAccess.seesFullAccount(caller);
        List<PaymentLineView> lines = rows.lines(batch.id()).stream()
                .map(line -> new PaymentLineView(
                        line.lineNo(),
                        new ApplicationId(line.application()),
                        line.applicationNumber(),
                        line.stageNo(),
                        line.policyCode(),
                        line.householdCounty(),
                        line.payeeName(),
                        line.bankName(),
                        full ? line.bankAccount() : Masking.bankAccount(line.bankAccount()),
                        Money.ofFen(line.amountFen()),
                        line.status(),
                        line.failureReason(),
                        line.settledBy(),
                        line.settledAt()))
                .toList();
        if (full && !lines.isEmpty()) {
            auditLog.record(VIEW_FULL_BANK_ACCOUNT, SUBJECT, batch.id().toString(), batch.number());
        }
        return summary(batch, lines);
    }

    private BatchView summary(BatchRow batch, List<PaymentLineView> lines) {
        Settled settled = rows.settled(batch.id());
        return new BatchView(
                batch.id(),
                batch.number(),
                batch.status(),
                batch.createdBy(),
                batch.createdAt(),
                batch.exportedAt(),
                batch.settledAt(),
                batch.lineCount(),
                Money.ofFen(batch.totalFen()),
                Money.ofFen(settled.paidFen()),
                Money.ofFen(settled.failedFen()),
                lines);
    }

    /** Batches and lines in the order staff read them: by policy, then claim, then stage. */
    private static List<StageRow> ordered(List<StageRow> stages) {
        return stages.stream()
                .sorted(java.util.Comparator.comparing(StageRow::policyCode)
                        .thenComparing(StageRow::number)
                        .thenComparingInt(StageRow::stageNo))
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static RecordNotFoundException notFound(UUID batch) {
        return new RecordNotFoundException(SUBJECT, batch);
    }
}
