package org.laborbridge.subsidies.payments;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a stage of a claim may go into a payment batch: the claim is approved, its public notice is
 * over, nobody's objection is open, the stage is waiting (never paid, not in a live line) and due,
 * the stage before it is paid, and there is an account to pay into. The first rule a stage breaks
 * is its refusal code; the unique index on live lines and the stage-order trigger are the last word.
 */
final class PayableRule {

    static final String NOT_APPROVED = "NOT_APPROVED";
    static final String NOTICE_RUNNING = "NOTICE_RUNNING";
    static final String OBJECTION_OPEN = "OBJECTION_OPEN";
    static final String ALREADY_PAID = "ALREADY_PAID";
    static final String IN_BATCH = "IN_BATCH";
    static final String NOT_DUE = "NOT_DUE";
    static final String EARLIER_STAGE_UNPAID = "EARLIER_STAGE_UNPAID";
    static final String ACCOUNT_MISSING = "ACCOUNT_MISSING";

    private PayableRule() {}

    /** What the rule reads of a stage and its claim. */
    record StageState(
            String claimStatus,
            LocalDate noticeUntil,
            int openObjections,
            int stageNo,
            String stageStatus,
            LocalDate payableFrom,
            boolean previousStagePaid,
            boolean accountPresent) {}

    static Optional<String> refusal(StageState stage, LocalDate today) {
        if ("PAID".equals(stage.stageStatus())) {
            return Optional.of(ALREADY_PAID);
        }
        if (!"APPROVED".equals(stage.claimStatus())) {
            return Optional.of(NOT_APPROVED);
        }
        if (stage.noticeUntil() == null || !today.isAfter(stage.noticeUntil())) {
            return Optional.of(NOTICE_RUNNING);
        }
        if (stage.openObjections() > 0) {
            return Optional.of(OBJECTION_OPEN);
        }
        if (!"PENDING".equals(stage.stageStatus())) {
            return Optional.of(IN_BATCH);
        }
        if (stage.stageNo() > 1 && !stage.previousStagePaid()) {
            return Optional.of(EARLIER_STAGE_UNPAID);
        }
        if (stage.payableFrom().isAfter(today)) {
            return Optional.of(NOT_DUE);
        }
        if (!stage.accountPresent()) {
            return Optional.of(ACCOUNT_MISSING);
        }
        return Optional.empty();
    }

    static boolean payable(StageState stage, LocalDate today) {
        return refusal(stage, today).isEmpty();
    }
}
