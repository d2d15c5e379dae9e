package org.laborbridge.subsidies.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.PolicyVersion;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.workers.WorkerId;

/**
 * One claim as stored, and the verbs that move it: each checks {@link StepOrder} first, so a
 * claim never skips a step. What it rests on (policy version, person, basis, amount, judgement)
 * never changes after application; the account changes before approval, and after it only to
 * repair a failed payment.
 */
final class Claim {

    private static final StepOrder ORDER = new StepOrder();

    final ApplicationId id;
    final String number;
    final PolicyVersion policy;
    final String policyCode;
    final String policyName;
    final PolicyKind kind;
    final Payee payee;
    final WorkerId worker;
    final String householdCounty;
    final EmployerId employer;
    final BasisKind basisKind;
    final UUID basisId;
    final LocalDate basisDay;
    final Money amount;
    final String judgement;
    final String onceScope;
    final String createdBy;
    final String createdRole;
    final Instant createdAt;

    private String payeeName;
    private String bankName;
    private String bankAccount;
    private ApplicationStatus status;
    private String reviewedBy;
    private Instant reviewedAt;
    private String approvedBy;
    private Instant approvedAt;
    private LocalDate noticeFrom;
    private LocalDate noticeUntil;

    Claim(
            ApplicationId id,
            String number,
            PolicyVersion policy,
            String policyCode,
            String policyName,
            PolicyKind kind,
            Payee payee,
            WorkerId worker,
            String householdCounty,
            EmployerId employer,
            BasisKind basisKind,
            UUID basisId,
            LocalDate basisDay,
            Money amount,
            String judgement,
            String onceScope,
            String createdBy,
            String createdRole,
            Instant createdAt,
            ApplicationStatus status) {
        this.id = id;
        this.number = number;
        this.policy = policy;
        this.policyCode = policyCode;
        this.policyName = policyName;
        this.kind = kind;
        this.payee = payee;
        this.worker = worker;
        this.householdCounty = householdCounty;
        this.employer = employer;
        this.basisKind = basisKind;
        this.basisId = basisId;
        this.basisDay = basisDay;
        this.amount = amount;
        this.judgement = judgement;
        this.onceScope = onceScope;
        this.createdBy = createdBy;
        this.createdRole = createdRole;
        this.createdAt = createdAt;
        this.status = status;
    }

    /** Restores the parts that change, as read from the database. */
    Claim restored(
            String payeeName,
            String bankName,
            String bankAccount,
            String reviewedBy,
            Instant reviewedAt,
            String approvedBy,
            Instant approvedAt,
            LocalDate noticeFrom,
            LocalDate noticeUntil) {
        this.payeeName = payeeName;
        this.bankName = bankName;
        this.bankAccount = bankAccount;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.noticeFrom = noticeFrom;
        this.noticeUntil = noticeUntil;
        return this;
    }

    ClaimAccess.Subject subject() {
        return new ClaimAccess.Subject(payee, worker, householdCounty, employer);
    }

    void accept(String by, Instant at, int openObjections) {
        ORDER.accept(status, openObjections);
        status = ApplicationStatus.ACCEPTED;
        reviewedBy = by;
        reviewedAt = at;
    }

    /** Checks the order of an acceptance only: four eyes and documents are the service's to check next. */
    void requireAcceptable(int openObjections) {
        ORDER.accept(status, openObjections);
    }

    void requireInReview() {
        ORDER.review(status);
    }

    void askForMore() {
        ORDER.review(status);
        status = ApplicationStatus.MORE_REQUESTED;
    }

    void resubmit() {
        ORDER.resubmit(status);
        status = ApplicationStatus.SUBMITTED;
    }

    void rejectAtReview() {
        ORDER.review(status);
        status = ApplicationStatus.REJECTED;
    }

    void rejectAtApproval() {
        ORDER.approval(status);
        status = ApplicationStatus.REJECTED;
    }

    void changeAccount(String payeeName, String bankName, String bankAccount, boolean awaitsRepair) {
        ORDER.changeAccount(status, awaitsRepair);
        this.payeeName = payeeName;
        this.bankName = bankName;
        this.bankAccount = bankAccount;
    }

    /** Checks the order only: the rules of money (four eyes, account, budget) are the service's to check next. */
    void requireAwaitingApproval() {
        ORDER.approval(status);
    }

    void approve(String by, Instant at, LocalDate from, LocalDate until) {
        ORDER.approval(status);
        status = ApplicationStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
        noticeFrom = from;
        noticeUntil = until;
    }

    /** An objection during the notice: back to review, the notice and the approval undone. */
    void reopen(LocalDate today) {
        ORDER.object(status, noticeUntil, today);
        status = ApplicationStatus.SUBMITTED;
        reviewedBy = null;
        reviewedAt = null;
        approvedBy = null;
        approvedAt = null;
        noticeFrom = null;
        noticeUntil = null;
    }

    /** An upheld objection ends the claim, unless a caseworker already rejected it meanwhile. */
    boolean rejectForObjection() {
        if (status == ApplicationStatus.REJECTED) {
            return false;
        }
        if (status != ApplicationStatus.MORE_REQUESTED) {
            ORDER.review(status);
        }
        status = ApplicationStatus.REJECTED;
        return true;
    }

    ApplicationStatus status() {
        return status;
    }

    String payeeName() {
        return payeeName;
    }

    String bankName() {
        return bankName;
    }

    String bankAccount() {
        return bankAccount;
    }

    String reviewedBy() {
        return reviewedBy;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    String approvedBy() {
        return approvedBy;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    LocalDate noticeFrom() {
        return noticeFrom;
    }

    LocalDate noticeUntil() {
        return noticeUntil;
    }
}
