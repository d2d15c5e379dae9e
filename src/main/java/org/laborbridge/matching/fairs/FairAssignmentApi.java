package org.laborbridge.matching.fairs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.laborbridge.fairs.FairId;
import org.laborbridge.matching.MatchWeights;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matching/fairs/{fairId}/assignment-runs")
@Tag(
        name = "Fair assignment",
        description = "Capacity-aware assignment of a fair's sign-ups to its postings, and its confirmation into"
                + " interview invitations")
class FairAssignmentApi {

    private final FairAssignmentRuns runs;

    FairAssignmentApi(FairAssignmentRuns runs) {
        this.runs = runs;
    }

    /** A worker: by name and masked number only when the caller may see them so. */
    record PersonJson(String workerId, String name, String residentId, String householdCounty) {

        static PersonJson of(RunViews.Person person) {
            return new PersonJson(
                    person.named() ? person.worker().toString() : null,
                    person.name(),
                    person.maskedResidentId(),
                    person.householdCounty());
        }
    }

    record PairJson(PersonJson worker, int points, int preferenceRank, String outcome) {}

    record PostingJson(
            String postingId, String title, String employerName, int openings, int assigned, List<PairJson> workers) {}

    record UnassignedJson(PersonJson worker, UnassignedReason why) {}

    record PageJson<T>(List<T> items, long total, int page, int size) {}

    record RunJson(
            String id,
            String fairId,
            String computedBy,
            Instant computedAt,
            MatchWeights weights,
            long referenceWageFen,
            int listLength,
            long totalPoints,
            int signUps,
            int postingCount,
            int openings,
            int assigned,
            int unassigned,
            Map<UnassignedReason, Integer> unassignedByReason,
            boolean latest,
            String confirmedBy,
            Instant confirmedAt,
            Integer invitations,
            Integer skipped,
            PageJson<PostingJson> postings,
            PageJson<UnassignedJson> unassignedWorkers) {

        static RunJson of(RunViews.Run run) {
            RunViews.Summary s = run.summary();
            return new RunJson(
                    s.id().toString(),
                    s.fair().toString(),
                    s.computedBy(),
                    s.computedAt(),
                    s.weights(),
                    s.referenceWageFen(),
                    s.listLength(),
                    s.totalPoints(),
                    s.signUps(),
                    s.postings(),
                    s.openings(),
                    s.assigned(),
                    s.unassigned(),
                    s.unassignedByReason(),
                    s.latest(),
                    s.confirmedBy(),
                    s.confirmedAt(),
                    s.invitations(),
                    s.skipped(),
                    new PageJson<>(
                            run.postings().items().stream()
                                    .map(p -> new PostingJson(
                                            p.posting().toString(),
                                            p.title(),
                                            p.employerName(),
                                            p.openings(),
                                            p.assigned(),
                                            p.pairs().stream()
                                                    .map(pair -> new PairJson(
                                                            PersonJson.of(pair.person()),
                                                            pair.points(),
                                                            pair.preferenceRank(),
                                                            pair.outcome()))
                                                    .toList()))
                                    .toList(),
                            run.postings().total(),
                            run.postings().page(),
                            run.postings().size()),
                    new PageJson<>(
                            run.unassigned().items().stream()
                                    .map(u -> new UnassignedJson(PersonJson.of(u.person()), u.why()))
                                    .toList(),
                            run.unassigned().total(),
                            run.unassigned().page(),
                            run.unassigned().size()));
        }
    }

    record ConfirmationInput(Instant interviewAt) {}

    /** Counted over the whole run after the call; {@code failed} pairs are retried by confirming again. */
    record ConfirmationJson(
            String runId, int invitations, int skipped, Map<String, Integer> skippedByReason, int failed) {}

    @PostMapping
    @Operation(
            summary = "Compute and store an assignment run for the fair (ADMIN, CASEWORKER; PARTNER for a fair"
                    + " hosted in their regions)")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the run")
    @ApiResponse(
            responseCode = "422",
            description = "Fair CANCELLED, NO_SIGN_UPS, NO_POSTINGS or NO_OPENINGS; nothing stored")
    ResponseEntity<RunJson> compute(@PathVariable String fairId) {
        FairId fair = FairAssignmentPages.fairId(fairId);
        UUID run = runs.compute(fair);
        return ResponseEntity.created(URI.create("/api/v1/matching/fairs/" + fair + "/assignment-runs/" + run))
                .body(RunJson.of(runs.find(fair, run, 0, 0)));
    }

    @GetMapping("/{runId}")
    @Operation(
            summary = "A run: totals, unassigned by reason, a page of postings with their assigned workers and a page"
                    + " of the unassigned")
    RunJson find(
            @PathVariable String fairId,
            @PathVariable String runId,
            @Parameter(description = "page of postings, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page of unassigned workers, from 0") @RequestParam(defaultValue = "0")
                    int unassignedPage) {
        return RunJson.of(
                runs.find(FairAssignmentPages.fairId(fairId), FairAssignmentPages.runId(runId), page, unassignedPage));
    }

    @PostMapping("/{runId}/confirmation")
    @Operation(
            summary = "Turn every pair of the fair's latest run into an application with an interview invitation, once"
                    + " (ADMIN, CASEWORKER); again on a confirmed run, retry only its FAILED pairs")
    @ApiResponse(
            responseCode = "200",
            description = "Invitations made; pairs already applied for are skipped; pairs an error stopped are failed")
    @ApiResponse(
            responseCode = "409",
            description = "ALREADY_CONFIRMED (nothing left to retry), CONFIRMING (another confirmation is working)"
                    + " or NOT_LATEST; nothing changed")
    @ApiResponse(responseCode = "422", description = "The fair no longer takes applications, or interviewAt IN_PAST")
    ConfirmationJson confirm(
            @PathVariable String fairId,
            @PathVariable String runId,
            @RequestBody(required = false) ConfirmationInput input) {
        RunViews.Confirmation done = runs.confirm(
                FairAssignmentPages.fairId(fairId),
                FairAssignmentPages.runId(runId),
                input == null ? null : input.interviewAt());
        return new ConfirmationJson(
                done.run().toString(), done.invitations(), done.skippedTotal(), done.skipped(), done.failed());
    }
}
