package org.laborbridge.subsidies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.ApplicationForm;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.ApplicationPage;
import org.laborbridge.subsidies.ApplicationQuery;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.workers.WorkerId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subsidy claims from application to approval. Refusals are problem details: 422 with
 * {@code errors[{field, code, message}]} (an ineligible claim: field {@code policy} code
 * {@code INELIGIBLE}, then one {@code conditions} error per unmet reason), 409 with {@code code}
 * for a step its status does not allow (approving a claim still in review), 403 for a role that
 * may not take the step, 404 for a claim out of the caller's scope.
 */
@RestController("subsidyApplicationsApi")
@RequestMapping("/api/v1/subsidy-applications")
@Tag(
        name = "Subsidy applications",
        description = "Claims (补贴申请): apply, review, four-eyes approval, objections during the public notice")
class ApplicationsApi {

    private static final String BASE = "/api/v1/subsidy-applications/";
    private static final int MAX_SIZE = 200;

    private final SubsidyApplications applications;
    private final MessageSource messages;

    ApplicationsApi(SubsidyApplications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    record ApplyInput(
            String policyCode,
            BasisKind basisKind,
            UUID basisId,
            UUID worker,
            String payeeName,
            String bankName,
            String bankAccount,
            String note) {}

    record NoteInput(String note) {}

    record ReasonInput(String reason) {}

    record AccountInput(String payeeName, String bankName, String bankAccount) {}

    record ResolveInput(Boolean upheld, String note) {}

    record PageJson(List<ApplicationJson> items, long total, int page, int size) {}

    @GetMapping
    @Operation(summary = "Claims in the caller's scope, newest first; every filter optional")
    PageJson search(
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String policy,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) UUID employer,
            @RequestParam(required = false) UUID worker,
            @RequestParam(required = false) String number,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ApplicationPage found = applications.search(new ApplicationQuery(
                status,
                policy,
                region,
                employer == null ? null : new EmployerId(employer),
                worker == null ? null : new WorkerId(worker),
                number,
                Math.max(0, page),
                Math.min(Math.max(1, size), MAX_SIZE)));
        return new PageJson(found.items().stream().map(this::json).toList(), found.total(), found.page(), found.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim with its reasons, documents, objections, stages and steps")
    ApplicationJson find(@PathVariable String id) {
        return json(applications.find(claim(id)));
    }

    @PostMapping
    @Operation(summary = "Claim a policy on a placement or a traveller's trip share")
    @ApiResponse(responseCode = "201", description = "Claimed; Location names the claim")
    @ApiResponse(responseCode = "422", description = "Not eligible (with every unmet reason), or malformed")
    ResponseEntity<ApplicationJson> apply(@RequestBody ApplyInput input) {
        ApplicationView claim = applications.apply(new ApplicationForm(
                input.policyCode(),
                input.basisKind(),
                input.basisId(),
                input.worker() == null ? null : new WorkerId(input.worker()),
                input.payeeName(),
                input.bankName(),
                input.bankAccount(),
                input.note()));
        return ResponseEntity.created(URI.create(BASE + claim.id())).body(json(claim));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept at review (CASEWORKER, ADMIN)")
    @ApiResponse(responseCode = "409", description = "Not waiting for review, or an objection still open")
    ApplicationJson accept(@PathVariable String id, @RequestBody(required = false) NoteInput input) {
        return json(applications.accept(claim(id), input == null ? null : input.note()));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject with a reason: at review (CASEWORKER, ADMIN) or at approval (APPROVER)")
    ApplicationJson reject(@PathVariable String id, @RequestBody(required = false) ReasonInput input) {
        return json(applications.reject(claim(id), input == null ? null : input.reason()));
    }

    @PostMapping("/{id}/more")
    @Operation(summary = "Ask the applicant for more (CASEWORKER, ADMIN); the note says what")
    ApplicationJson askForMore(@PathVariable String id, @RequestBody(required = false) NoteInput input) {
        return json(applications.askForMore(claim(id), input == null ? null : input.note()));
    }

    @PostMapping("/{id}/resubmit")
    @Operation(summary = "Answer a request for more: back to review (the applicant's side)")
    ApplicationJson resubmit(@PathVariable String id, @RequestBody(required = false) NoteInput input) {
        return json(applications.resubmit(claim(id), input == null ? null : input.note()));
    }

    @PutMapping("/{id}/account")
    @Operation(
            summary = "Give or change the payee's bank account before approval (the applicant's side), or"
                    + " repair it after the bank returned a payment (CASEWORKER, ADMIN)")
    ApplicationJson changeAccount(@PathVariable String id, @RequestBody AccountInput input) {
        return json(applications.changeAccount(claim(id), input.payeeName(), input.bankName(), input.bankAccount()));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve (APPROVER, never the claim's maker or reviewer); the public notice starts")
    @ApiResponse(responseCode = "409", description = "Not accepted at review yet")
    @ApiResponse(responseCode = "422", description = "Four eyes, no account, or beyond the policy's budget")
    ApplicationJson approve(@PathVariable String id) {
        return json(applications.approve(claim(id)));
    }

    @PostMapping("/{id}/objections")
    @Operation(summary = "Record an objection during the notice: the claim goes back to review")
    @ApiResponse(responseCode = "409", description = "Not in its notice period")
    ApplicationJson object(@PathVariable String id, @RequestBody(required = false) ReasonInput input) {
        return json(applications.object(claim(id), input == null ? null : input.reason()));
    }

    @PostMapping("/{id}/objections/{objection}/resolve")
    @Operation(summary = "Resolve an objection (CASEWORKER, ADMIN): upheld true rejects the claim, false dismisses it")
    @ApiResponse(responseCode = "422", description = "upheld missing: it is never guessed")
    ApplicationJson resolve(
            @PathVariable String id, @PathVariable UUID objection, @RequestBody(required = false) ResolveInput input) {
        if (input == null || input.upheld() == null) {
            throw new InvalidInputException(Violation.of("upheld", "REQUIRED", "subsidies.invalid.upheld.REQUIRED"));
        }
        return json(applications.resolveObjection(claim(id), objection, input.upheld(), input.note()));
    }

    private ApplicationJson json(ApplicationView view) {
        Locale locale = LocaleContextHolder.getLocale();
        return ApplicationJson.of(view, messages, locale);
    }

    private static ApplicationId claim(String id) {
        try {
            return ApplicationId.of(id);
        } catch (IllegalArgumentException malformed) {
            throw new RecordNotFoundException("subsidy-application", id);
        }
    }
}
