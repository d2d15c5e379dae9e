package org.laborbridge.fairs.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.CheckInResult;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairPage;
import org.laborbridge.fairs.FairQuery;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairTally;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.FilterSignUpResult;
import org.laborbridge.fairs.Participation;
import org.laborbridge.fairs.SignUpCounts;
import org.laborbridge.fairs.SignUpList;
import org.laborbridge.fairs.SignUpReport;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerQuery;
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

@RestController
@RequestMapping("/api/v1/fairs")
@Tag(name = "Fairs", description = "Recruitment fairs: employers with booths and postings, sign-ups and check-ins")
class FairsApi {

    private final Fairs fairs;
    private final MessageSource messages;

    FairsApi(Fairs fairs, MessageSource messages) {
        this.fairs = fairs;
        this.messages = messages;
    }

    record FairListJson(List<FairJson> items, long total, int page, int size) {}

    /** A fair with what everyone may know of its progress. */
    record FairDetailJson(FairJson fair, SignUpCounts signUps, TallyJson tally) {}

    record TallyJson(long applications, long hires) {

        static TallyJson of(FairTally tally) {
            return new TallyJson(tally.applications(), tally.hires());
        }
    }

    record ParticipationInput(String employerId, String booth, List<String> postings) {}

    record SignUpInput(String workerId, String residentId, List<String> residentIds) {}

    record MatchingInput(
            String q, List<String> regions, Boolean registeredPoor, Situation situation, Boolean willingToMigrate) {}

    record SignUpListJson(List<SignUpJson> items, long total, int page, int size) {}

    record CheckInInput(String residentIdOrToken) {}

    record CheckInJson(SignUpJson signUp, boolean walkIn, boolean again) {}

    @GetMapping
    @Operation(summary = "Fairs, latest first, filtered by campaign, kind, status and host region (any level)")
    FairListJson search(
            @RequestParam(required = false) Campaign campaign,
            @RequestParam(required = false) FairKind kind,
            @RequestParam(required = false) FairStatus status,
            @Parameter(description = "a region code at any level: 433100 finds the fairs in its counties")
                    @RequestParam(required = false)
                    String hostRegion,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        FairPage found = fairs.search(new FairQuery(campaign, kind, status, hostRegion, page, size));
        return new FairListJson(
                found.items().stream().map(FairJson::of).toList(), found.total(), found.page(), found.size());
    }

    @PostMapping
    @Operation(summary = "Schedule a fair (ADMIN, CASEWORKER; PARTNER in their own regions)")
    @ApiResponse(responseCode = "201", description = "Scheduled; Location names the fair")
    @ApiResponse(responseCode = "422", description = "Invalid input, every problem listed")
    ResponseEntity<FairJson> create(@RequestBody FairInput input) {
        FairView created = fairs.create(input.toForm());
        return ResponseEntity.created(URI.create("/api/v1/fairs/" + created.id()))
                .body(FairJson.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One fair with its sign-up counts and, once recorded, applications and hires so far")
    FairDetailJson find(@PathVariable String id) {
        FairId fair = fairId(id);
        return new FairDetailJson(
                FairJson.of(fairs.find(fair)),
                fairs.counts(fair),
                fairs.tally(fair).map(TallyJson::of).orElse(null));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a fair (who may schedule it); a cancelled fair cannot be changed")
    FairJson change(@PathVariable String id, @RequestBody FairInput input) {
        return FairJson.of(fairs.change(fairId(id), input.toForm()));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel a fair; its sign-ups stay on record")
    FairJson cancel(@PathVariable String id) {
        return FairJson.of(fairs.cancel(fairId(id)));
    }

    @GetMapping("/{id}/participants")
    @Operation(summary = "Employers at the fair with booth, postings, headcount and openings left")
    List<ParticipantJson> participants(@PathVariable String id) {
        return fairs.participants(fairId(id)).stream().map(ParticipantJson::of).toList();
    }

    @PostMapping("/{id}/participants")
    @Operation(
            summary = "An employer joins with some of its OPEN postings and, on site, a booth number free at this fair"
                    + " (EMPLOYER for their own enterprise, ADMIN or CASEWORKER for any)")
    @ApiResponse(responseCode = "422", description = "booth REQUIRED or TAKEN; postings NOT_OWN_POSTING or NOT_OPEN")
    ResponseEntity<ParticipantJson> join(@PathVariable String id, @RequestBody ParticipationInput input) {
        EmployerId employer = EmployerId.parse(input.employerId())
                .orElseThrow(() -> new RecordNotFoundException("employer", input.employerId()));
        List<JobPostingId> postings = new ArrayList<>();
        for (String posting : input.postings() == null ? List.<String>of() : input.postings()) {
            postings.add(JobPostingId.parse(posting)
                    .orElseThrow(() -> new InvalidInputException(Violation.of(
                            "postings", "NOT_OWN_POSTING", "invalid.fair.postings.NOT_OWN_POSTING", posting))));
        }
        return ResponseEntity.status(201)
                .body(ParticipantJson.of(fairs.join(fairId(id), new Participation(employer, input.booth(), postings))));
    }

    @GetMapping("/{id}/sign-ups")
    @Operation(summary = "Who signed up, masked: bureau staff all, PARTNER their regions' workers; others 403")
    SignUpListJson signUps(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        SignUpList list = fairs.signUps(fairId(id), page, size);
        return new SignUpListJson(
                list.items().stream().map(SignUpJson::of).toList(), list.total(), list.page(), list.size());
    }

    @PostMapping("/{id}/sign-ups")
    @Operation(
            summary = "Sign up one worker (workerId) or resident ID numbers (residentId, or residentIds one per entry:"
                    + " 15 or 18 digits, full-width allowed); every entry reported, the valid ones saved")
    SignUpReportJson signUp(@PathVariable String id, @RequestBody SignUpInput input) {
        FairId fair = fairId(id);
        if (input.workerId() != null) {
            WorkerId worker = WorkerId.parse(input.workerId())
                    .orElseThrow(() -> new RecordNotFoundException("worker", input.workerId()));
            return SignUpReportJson.of(
                    new SignUpReport(List.of(fairs.signUp(fair, worker))), messages, LocaleContextHolder.getLocale());
        }
        List<String> numbers = new ArrayList<>();
        if (input.residentId() != null) {
            numbers.add(input.residentId());
        }
        if (input.residentIds() != null) {
            input.residentIds().forEach(number -> numbers.add(number == null ? "" : number.replaceAll("\\R", " ")));
        }
        return SignUpReportJson.of(
                fairs.signUpAll(fair, String.join("\n", numbers)), messages, LocaleContextHolder.getLocale());
    }

    @PostMapping("/{id}/sign-ups/matching")
    @Operation(
            summary = "Sign up everyone the worker filter finds within the caller's scope and the fair's target group"
                    + " (bureau staff, or partner staff of the fair's host region)")
    FilterSignUpResult signUpMatching(@PathVariable String id, @RequestBody MatchingInput input) {
        return fairs.signUpMatching(
                fairId(id),
                new WorkerQuery(
                        input.q(),
                        input.regions(),
                        input.registeredPoor(),
                        input.situation(),
                        input.willingToMigrate(),
                        "createdAt",
                        false,
                        0,
                        WorkerQuery.MAX_SIZE));
    }

    @PostMapping("/{id}/check-ins")
    @Operation(
            summary = "Check a worker in at an on-site fair on its dates, by ID number or the token of their QR code;"
                    + " someone not signed up is signed up and checked in")
    @ApiResponse(
            responseCode = "422",
            description = "fair NOT_ON_SITE, NOT_STARTED, FINISHED or CANCELLED; input invalid, NOT_REGISTERED or"
                    + " UNKNOWN_CODE")
    CheckInJson checkIn(@PathVariable String id, @RequestBody CheckInInput input) {
        CheckInResult result = fairs.checkIn(fairId(id), input.residentIdOrToken());
        return new CheckInJson(SignUpJson.of(result.signUp()), result.walkIn(), result.again());
    }

    private static FairId fairId(String id) {
        return FairId.parse(id).orElseThrow(() -> new RecordNotFoundException("fair", id));
    }
}
