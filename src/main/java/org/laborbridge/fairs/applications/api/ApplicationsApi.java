package org.laborbridge.fairs.applications.api;

import static org.laborbridge.fairs.applications.api.ApplicationInputs.id;
import static org.laborbridge.fairs.applications.api.ApplicationInputs.optionalId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.ApplicationId;
import org.laborbridge.fairs.ApplicationPage;
import org.laborbridge.fairs.ApplicationQuery;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairTally;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.applications.api.ApplicationInputs.ApplyInput;
import org.laborbridge.fairs.applications.api.ApplicationInputs.IntentionInput;
import org.laborbridge.fairs.applications.api.ApplicationInputs.InterviewInput;
import org.laborbridge.fairs.applications.api.ApplicationInputs.OfferInput;
import org.laborbridge.fairs.applications.api.ApplicationInputs.RejectInput;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(
        name = "Applications",
        description = "Workers' applications to job postings, interviews and offers, up to the accepted offer that"
                + " becomes a placement")
class ApplicationsApi {

    private final Applications applications;
    private final Fairs fairs;

    ApplicationsApi(Applications applications, Fairs fairs) {
        this.fairs = fairs;
        this.applications = applications;
    }

    record ApplicationListJson(List<ApplicationJson> items, long total, int page, int size) {}

    record TallyJson(String fair, long applications, long hires) {}

    @PostMapping
    @Operation(
            summary = "Apply for a worker: a WORKER for themselves, ADMIN and CASEWORKER for anyone, a PARTNER for"
                    + " workers of its regions; fair is optional")
    @ApiResponse(responseCode = "201", description = "Applied; Location names the application")
    @ApiResponse(
            responseCode = "422",
            description = "posting NOT_OPEN, EXPIRED, NO_OPENINGS_LEFT, ALREADY_APPLIED or NOT_AT_FAIR; fair FINISHED"
                    + " or CANCELLED")
    @ApiResponse(
            responseCode = "404",
            description = "The worker, posting or fair is missing or out of the caller's scope")
    ResponseEntity<ApplicationJson> apply(@RequestBody ApplyInput input) {
        return created(applications.apply(
                id("worker", input.worker(), WorkerId::parse),
                id("posting", input.posting(), JobPostingId::parse),
                optionalId("fair", input.fair(), FairId::parse)));
    }

    @PostMapping("/intentions")
    @Operation(
            summary = "At an on-site fair, the posting's employer (or bureau staff) records that a worker signed up for"
                    + " the fair intends to take the job")
    @ApiResponse(responseCode = "201", description = "Recorded as an application through channel ON_SITE")
    @ApiResponse(
            responseCode = "422",
            description = "fair NOT_ON_SITE, worker NOT_SIGNED_UP, posting NOT_AT_FAIR, and the refusals of apply")
    ResponseEntity<ApplicationJson> recordIntention(@RequestBody IntentionInput input) {
        FairId fair = id("fair", input.fair(), FairId::parse);
        return created(applications.recordIntention(
                fair, id("posting", input.posting(), JobPostingId::parse), intending(fair, input)));
    }

    /**
     * An employer names the worker by the code the worker showed at the booth, never by a record
     * id: showing the code is the worker's consent to be known to that employer.
     */
    private WorkerId intending(FairId fair, IntentionInput input) {
        if (input.code() != null && !input.code().isBlank()) {
            return fairs.signedUpWorker(fair, input.code());
        }
        if (Callers.current().is(Role.EMPLOYER)) {
            throw new InvalidInputException(Violation.of("code", "REQUIRED", "invalid.field.REQUIRED"));
        }
        return id("worker", input.worker(), WorkerId::parse);
    }

    @GetMapping
    @Operation(
            summary = "Applications inside the caller's scope, newest first: a worker's own, an employer's to its"
                    + " postings, a partner's region's, all for bureau staff")
    ApplicationListJson search(
            @RequestParam(required = false) String worker,
            @RequestParam(required = false) String employer,
            @RequestParam(required = false) String posting,
            @RequestParam(required = false) String fair,
            @Parameter(description = "APPLIED, INTERVIEW, OFFERED, ACCEPTED, DECLINED, WITHDRAWN or REJECTED")
                    @RequestParam(required = false)
                    ApplicationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + ApplicationQuery.DEFAULT_SIZE) int size) {
        ApplicationPage found = applications.search(new ApplicationQuery(
                optionalId("worker", worker, WorkerId::parse),
                optionalId("employer", employer, EmployerId::parse),
                optionalId("posting", posting, JobPostingId::parse),
                optionalId("fair", fair, FairId::parse),
                status,
                page,
                size));
        return new ApplicationListJson(
                found.items().stream()
                        .map(view -> ApplicationJson.of(view, null))
                        .toList(),
                found.total(),
                found.page(),
                found.size());
    }

    @GetMapping("/tally")
    @Operation(summary = "Applications made through a fair and how many became hires (ACCEPTED) so far")
    TallyJson tally(@RequestParam String fair) {
        FairTally tally = applications.tally(id("fair", fair, FairId::parse));
        return new TallyJson(tally.fair().toString(), tally.applications(), tally.hires());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application with every step, and the steps the caller may take now")
    ApplicationJson find(@PathVariable String id) {
        return json(applications.find(applicationId(id)));
    }

    @PostMapping("/{id}/interview")
    @Operation(
            summary = "Invite to an interview (the posting's employer, or bureau staff for it); at and note optional")
    @ApiResponse(responseCode = "422", description = "status INVALID_TRANSITION, at FORMAT, note LENGTH")
    ApplicationJson interview(@PathVariable String id, @RequestBody(required = false) InterviewInput input) {
        InterviewInput given = input == null ? new InterviewInput(null, null) : input;
        return json(applications.inviteToInterview(applicationId(id), given.time(), given.note()));
    }

    @PostMapping("/{id}/offer")
    @Operation(
            summary = "Offer the job (the posting's employer, or bureau staff for it): startDate, contractMonths 1-60,"
                    + " monthlyWage in yuan within the posting's wage range")
    @ApiResponse(
            responseCode = "422",
            description = "status INVALID_TRANSITION, startDate IN_PAST, contractMonths RANGE, monthlyWage"
                    + " OUTSIDE_POSTING_RANGE")
    ApplicationJson offer(@PathVariable String id, @RequestBody OfferInput input) {
        return json(applications.offer(applicationId(id), input.terms()));
    }

    @PostMapping("/{id}/accept")
    @Operation(
            summary = "The worker (or ADMIN/CASEWORKER for them) takes the offered job: one opening is filled and a"
                    + " placement starts, all or nothing")
    @ApiResponse(
            responseCode = "422",
            description = "status INVALID_TRANSITION, posting NO_OPENINGS_LEFT or NOT_OPEN, startDate"
                    + " OVERLAPPING_PLACEMENT; nothing changed")
    ApplicationJson accept(@PathVariable String id) {
        return json(applications.accept(applicationId(id)));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "The worker (or ADMIN/CASEWORKER for them) turns the offer down")
    ApplicationJson decline(@PathVariable String id) {
        return json(applications.decline(applicationId(id)));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "The worker, ADMIN, CASEWORKER or the worker's PARTNER withdraws, before ACCEPTED")
    ApplicationJson withdraw(@PathVariable String id) {
        return json(applications.withdraw(applicationId(id)));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "The posting's employer (or bureau staff for it) turns the application down, before ACCEPTED")
    ApplicationJson reject(@PathVariable String id, @RequestBody(required = false) RejectInput input) {
        return json(applications.reject(applicationId(id), input == null ? null : input.reason()));
    }

    private ResponseEntity<ApplicationJson> created(ApplicationView view) {
        return ResponseEntity.created(URI.create("/api/v1/applications/" + view.id()))
                .body(json(view));
    }

    private ApplicationJson json(ApplicationView view) {
        return ApplicationJson.of(view, applications.nextStepsFor(view));
    }

    private static ApplicationId applicationId(String id) {
        return ApplicationId.parse(id).orElseThrow(() -> new RecordNotFoundException("application", id));
    }
}
