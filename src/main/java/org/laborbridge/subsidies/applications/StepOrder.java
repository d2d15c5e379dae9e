package org.laborbridge.subsidies.applications;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.StepOutOfOrderException;

/**
 * The order of a claim's steps, so that none is skipped: review before approval, approval before
 * the notice, objections only while the notice runs, and acceptance again only once every
 * objection is resolved. Each check answers {@link StepOutOfOrderException} (409) with the code
 * the wording {@code subsidies.order.<code>} explains.
 */
final class StepOrder {

    private static final Set<ApplicationStatus> BEFORE_APPROVAL =
            EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.MORE_REQUESTED, ApplicationStatus.ACCEPTED);

    /** Accept, reject at review, ask for more: only a claim waiting for review. */
    void review(ApplicationStatus status) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new StepOutOfOrderException("NOT_IN_REVIEW");
        }
    }

    void accept(ApplicationStatus status, int openObjections) {
        review(status);
        if (openObjections > 0) {
            throw new StepOutOfOrderException("OPEN_OBJECTION", openObjections);
        }
    }

    /** Approve, or reject at approval: only a claim a caseworker accepted. */
    void approval(ApplicationStatus status) {
        if (status != ApplicationStatus.ACCEPTED) {
            throw new StepOutOfOrderException("NOT_ACCEPTED");
        }
    }

    void resubmit(ApplicationStatus status) {
        if (status != ApplicationStatus.MORE_REQUESTED) {
            throw new StepOutOfOrderException("NOT_MORE_REQUESTED");
        }
    }

    /**
     * The account is what the approver signs off: it changes before approval, and afterwards only
     * to repair a payment the bank sent back (a stage whose latest line failed, none live).
     */
    void changeAccount(ApplicationStatus status, boolean awaitsRepair) {
        if (BEFORE_APPROVAL.contains(status)) {
            return;
        }
        if (status != ApplicationStatus.APPROVED || !awaitsRepair) {
            throw new StepOutOfOrderException("ACCOUNT_FROZEN");
        }
    }

    /** An objection is heard while the notice runs: approved, and today no later than its last day. */
    void object(ApplicationStatus status, LocalDate noticeUntil, LocalDate today) {
        if (status != ApplicationStatus.APPROVED || noticeUntil == null) {
            throw new StepOutOfOrderException("NOT_IN_NOTICE");
        }
        if (today.isAfter(noticeUntil)) {
            throw new StepOutOfOrderException("NOTICE_OVER", noticeUntil.toString());
        }
    }

    void resolve(String objectionStatus) {
        if (!"OPEN".equals(objectionStatus)) {
            throw new StepOutOfOrderException("OBJECTION_RESOLVED");
        }
    }
}
