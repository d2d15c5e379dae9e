package org.laborbridge.subsidies.applications;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.laborbridge.employers.Employers;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.shared.Masking;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.ObjectionView;
import org.laborbridge.subsidies.Reason;
import org.laborbridge.subsidies.catalogue.CatalogueShelf;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims as pages and the API read them. A list shows every account masked; one claim shows it in
 * full to those who may see it, and every such view by staff is audited here, whichever step
 * answered with it. Names come from the registry's masked summaries and the public enterprise names.
 */
@Component
class ClaimViews {

    static final String VIEW_FULL_BANK_ACCOUNT = "VIEW_FULL_BANK_ACCOUNT";

    private final ClaimRows rows;
    private final CatalogueShelf policies;
    private final WorkerRegistry registry;
    private final Employers employers;
    private final JsonMapper json;
    private final AuditLog audit;

    ClaimViews(
            ClaimRows rows,
            CatalogueShelf policies,
            WorkerRegistry registry,
            Employers employers,
            JsonMapper json,
            AuditLog audit) {
        this.rows = rows;
        this.policies = policies;
        this.registry = registry;
        this.employers = employers;
        this.json = json;
        this.audit = audit;
    }

    /** One claim with everything it has: reasons, documents, objections, stages and steps. */
    ApplicationView detail(Claim claim, Caller caller, LocalDate today) {
        List<ObjectionView> objections = rows.objections(claim.id);
        boolean fullAccount = ClaimAccess.maySeeAccount(caller, claim.subject());
        if (fullAccount && claim.bankAccount() != null && ClaimAccess.auditsAccountView(caller)) {
            audit.record(VIEW_FULL_BANK_ACCOUNT, ClaimService.SUBJECT, claim.id.toString(), claim.number);
        }
        return view(
                claim,
                names(List.of(claim.worker)).get(claim.worker),
                fullAccount,
                Judgements.read(json, claim.judgement),
                policies.terms(claim.policy).requiredDocuments(),
                objections,
                today,
                true);
    }

    /** A page of claims without their lists, accounts masked. */
    List<ApplicationView> list(List<Claim> claims, LocalDate today) {
        Map<WorkerId, String> names =
                names(claims.stream().map(claim -> claim.worker).distinct().toList());
        return claims.stream()
                .map(claim ->
                        view(claim, names.get(claim.worker), false, List.of(), List.of(), List.of(), today, false))
                .toList();
    }

    private ApplicationView view(
            Claim claim,
            String workerName,
            boolean fullAccount,
            List<Reason> reasons,
            List<String> requiredDocuments,
            List<ObjectionView> objections,
            LocalDate today,
            boolean detail) {
        // An objection sends the claim back to review, so only a claim read in full can show one open.
        boolean openObjection = objections.stream().anyMatch(ObjectionView::open);
        return new ApplicationView(
                claim.id,
                claim.number,
                claim.policy,
                claim.policyCode,
                claim.policyName,
                claim.kind,
                claim.payee,
                claim.worker,
                workerName == null ? "" : workerName,
                claim.householdCounty,
                claim.employer,
                claim.employer == null ? null : employers.nameOf(claim.employer),
                claim.basisKind,
                claim.basisId,
                claim.basisDay,
                claim.payeeName(),
                claim.bankName(),
                fullAccount
                        ? claim.bankAccount()
                        : claim.bankAccount() == null ? null : Masking.bankAccount(claim.bankAccount()),
                claim.amount,
                claim.status(),
                reasons,
                requiredDocuments,
                detail ? rows.documents(claim.id) : List.of(),
                objections,
                detail ? rows.stages(claim.id) : List.of(),
                detail ? rows.steps(claim.id) : List.of(),
                claim.noticeFrom(),
                claim.noticeUntil(),
                payable(claim, openObjection, today),
                claim.createdBy,
                claim.createdAt);
    }

    /** Approved, the notice over, and nobody's objection waiting. */
    static boolean payable(Claim claim, boolean openObjection, LocalDate today) {
        return claim.status() == ApplicationStatus.APPROVED
                && claim.noticeUntil() != null
                && today.isAfter(claim.noticeUntil())
                && !openObjection;
    }

    private Map<WorkerId, String> names(Collection<WorkerId> workers) {
        if (workers.isEmpty()) {
            return Map.of();
        }
        return registry.summariesOf(workers).stream()
                .collect(Collectors.toMap(WorkerSummary::id, WorkerSummary::name, (a, b) -> a, HashMap::new));
    }
}
