package org.laborbridge.subsidies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.workers.WorkerId;

/**
 * A claim as pages, API and other modules see it. {@code workerName} comes from the registry's
 * masked summary; {@code bankAccount} is complete only for ADMIN and APPROVER (and the applicant
 * who typed it), masked for everyone else. {@code reasons} are the judgement the claim was decided
 * by. {@code payable} is true while APPROVED, after the notice and with no open objection.
 */
public record ApplicationView(
        ApplicationId id,
        String number,
        PolicyVersion policy,
        String policyCode,
        String policyName,
        PolicyKind kind,
        Payee payee,
        WorkerId worker,
        String workerName,
        String householdCounty,
        EmployerId employer,
        String employerName,
        BasisKind basisKind,
        UUID basisId,
        LocalDate basisDay,
        String payeeName,
        String bankName,
        String bankAccount,
        Money amount,
        ApplicationStatus status,
        List<Reason> reasons,
        List<String> requiredDocuments,
        List<DocumentView> documents,
        List<ObjectionView> objections,
        List<StageView> stages,
        List<ApplicationStep> steps,
        LocalDate noticeFrom,
        LocalDate noticeUntil,
        boolean payable,
        String createdBy,
        Instant createdAt) {

    public ApplicationView {
        reasons = List.copyOf(reasons);
        requiredDocuments = List.copyOf(requiredDocuments);
        documents = List.copyOf(documents);
        objections = List.copyOf(objections);
        stages = List.copyOf(stages);
        steps = List.copyOf(steps);
    }

    /**
     * Where the claim stands in one plain word, as the worker and the enterprise read it (the last
     * part of a wording key): applied, moreRequested, inNotice, approved, paid or rejected.
     */
    public String standing(LocalDate today) {
        return switch (status) {
            case SUBMITTED, ACCEPTED -> "applied";
            case MORE_REQUESTED -> "moreRequested";
            case REJECTED -> "rejected";
            case PAID -> "paid";
            case APPROVED -> noticeUntil != null && !today.isAfter(noticeUntil) ? "inNotice" : "approved";
        };
    }
}
