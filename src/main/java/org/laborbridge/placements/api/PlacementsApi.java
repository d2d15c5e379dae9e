package org.laborbridge.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.OutsidePlacement;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementPage;
import org.laborbridge.placements.PlacementQuery;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.placements.core.Choices;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
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

/**
 * Placements come from accepted offers (the fairs module calls {@code Placements.place}); the one
 * POST here records a hire made outside the platform and is for ADMIN and CASEWORKER, because it
 * takes an opening of the posting.
 */
@RestController
@RequestMapping("/api/v1/placements")
@Tag(name = "Placements", description = "Hires (录用/上岗) and their retention follow-ups at 1, 3 and 6 months")
class PlacementsApi {

    private final Placements placements;

    PlacementsApi(Placements placements) {
        this.placements = placements;
    }

    record PlacementListJson(List<PlacementJson> items, long total, int page, int size) {}

    record OutsideInput(
            String worker, String posting, LocalDate startDate, Integer contractMonths, BigDecimal monthlyWage) {}

    record StartInput(LocalDate startedOn) {}

    record RetentionInput(String outcome, String reason, String note) {}

    record LeavingInput(LocalDate leftOn, String reason, String note) {}

    @GetMapping
    @Operation(summary = "Placements in the caller's scope, newest start first")
    PlacementListJson search(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String employer,
            @Parameter(description = "the month the contract starts, e.g. 2026-03") @RequestParam(required = false)
                    YearMonth startedIn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PlacementQuery.DEFAULT_SIZE) int size) {
        PlacementPage found = placements.search(new PlacementQuery(
                Choices.parse(PlacementStatus.class, status, "status"),
                employer == null || employer.isBlank() ? null : employerId(employer),
                startedIn,
                page,
                size));
        return new PlacementListJson(
                found.items().stream().map(PlacementJson::of).toList(), found.total(), found.page(), found.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One placement with its retention checks")
    PlacementJson find(@PathVariable String id) {
        return PlacementJson.of(placements.find(placementId(id)));
    }

    @PostMapping
    @Operation(
            summary = "Record a hire made outside the platform (ADMIN, CASEWORKER); takes one opening of the posting")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names the placement")
    @ApiResponse(responseCode = "422", description = "Invalid, overlapping another placement, or no opening left")
    ResponseEntity<PlacementJson> recordOutside(@RequestBody OutsideInput input) {
        var recorded = placements.recordOutside(new OutsidePlacement(
                input.worker() == null ? null : WorkerId.parse(input.worker()).orElseThrow(() -> unknown("worker")),
                input.posting() == null
                        ? null
                        : JobPostingId.parse(input.posting()).orElseThrow(() -> unknown("posting")),
                input.startDate(),
                input.contractMonths(),
                wage(input.monthlyWage())));
        return ResponseEntity.created(URI.create("/api/v1/placements/" + recorded.id()))
                .body(PlacementJson.of(recorded));
    }

    @PostMapping("/{id}/start")
    @Operation(summary = "Confirm the worker started (STARTING → WORKING); the employer or ADMIN/CASEWORKER")
    PlacementJson confirmStart(@PathVariable String id, @RequestBody(required = false) StartInput input) {
        return PlacementJson.of(placements.confirmStart(placementId(id), input == null ? null : input.startedOn()));
    }

    @PostMapping("/{id}/retention-checks/{month}")
    @Operation(
            summary = "Record the month 1, 3 or 6 follow-up: STILL_WORKING, or LEFT with a reason (ends the placement);"
                    + " CASEWORKER, ADMIN or PARTNER of the worker's region")
    PlacementJson recordRetention(@PathVariable String id, @PathVariable int month, @RequestBody RetentionInput input) {
        return PlacementJson.of(placements.recordRetention(
                placementId(id),
                month,
                Choices.parse(RetentionOutcome.class, input.outcome(), "outcome"),
                Choices.parse(LeavingReason.class, input.reason(), "reason"),
                input.note()));
    }

    @PostMapping("/{id}/leaving")
    @Operation(summary = "Record that the worker left, on a day from the start until today")
    PlacementJson recordLeaving(@PathVariable String id, @RequestBody LeavingInput input) {
        return PlacementJson.of(placements.recordLeaving(
                placementId(id),
                input.leftOn(),
                Choices.parse(LeavingReason.class, input.reason(), "reason"),
                input.note()));
    }

    private static PlacementId placementId(String id) {
        return PlacementId.parse(id).orElseThrow(() -> new RecordNotFoundException("placement", id));
    }

    private static EmployerId employerId(String id) {
        return EmployerId.parse(id).orElseThrow(() -> unknown("employer"));
    }

    private static Money wage(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        try {
            return Money.ofYuan(yuan.toPlainString());
        } catch (InvalidValueException invalid) {
            throw new InvalidInputException(Violation.of("monthlyWage", invalid));
        }
    }

    private static InvalidInputException unknown(String field) {
        return new InvalidInputException(Violation.of(field, "UNKNOWN", "placements.invalid." + field + ".UNKNOWN"));
    }
}
