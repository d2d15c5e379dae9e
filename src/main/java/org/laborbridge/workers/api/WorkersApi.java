package org.laborbridge.workers.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.DuplicateDecision;
import org.laborbridge.workers.DuplicateReason;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerPage;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.search.SearchParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/workers")
@Tag(name = "Workers", description = "The job-seeker registry: one record per person from the partner regions")
class WorkersApi {

    private final WorkerRegistry registry;

    WorkersApi(WorkerRegistry registry) {
        this.registry = registry;
    }

    record WorkerListJson(List<WorkerListItemJson> items, long total, int page, int size) {}

    record TimelineJson(Instant at, String actor, String kind, Map<String, TimelineEntry.Change> changes) {}

    record DuplicateJson(WorkerListItemJson first, WorkerListItemJson second, DuplicateReason reason) {}

    record DecisionInput(String first, String second, DuplicateDecision decision) {}

    record RevealedJson(String value) {}

    @PostMapping
    @Operation(summary = "Register a worker; only name and residentId are required")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the record")
    @ApiResponse(
            responseCode = "409",
            description = "The resident ID is registered already; existingId names the record")
    @ApiResponse(responseCode = "422", description = "Invalid input, every problem listed")
    ResponseEntity<WorkerJson> register(@RequestBody WorkerInput input) {
        WorkerRecord registered = registry.register(input.toForm());
        return ResponseEntity.created(URI.create("/api/v1/workers/" + registered.id()))
                .body(WorkerJson.of(registry.findInFull(registered.id())));
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "One worker; full ID and phone for ADMIN, CASEWORKER and PARTNER (audit-logged), masked otherwise")
    WorkerJson find(@PathVariable String id) {
        return WorkerJson.of(registry.findInFull(workerId(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a worker; send the record's version to refuse overwriting someone else's edit")
    @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else meanwhile, or the new resident ID is taken")
    WorkerJson change(@PathVariable String id, @RequestBody WorkerInput input) {
        WorkerId worker = workerId(id);
        registry.change(worker, input.toForm(), input.version());
        return WorkerJson.of(registry.findInFull(worker));
    }

    @GetMapping
    @Operation(
            summary = "Search workers by name (either script), pinyin, initials or the end of an ID or phone number;"
                    + " numbers masked")
    WorkerListJson search(
            @RequestParam(required = false) String q,
            @Parameter(description = "a region code at any level, or a name; repeatable")
                    @RequestParam(required = false)
                    List<String> region,
            @RequestParam(required = false) Boolean registeredPoor,
            @RequestParam(required = false) String situation,
            @RequestParam(required = false) Boolean willingToMigrate,
            @Parameter(description = "name, birthDate, householdRegion or createdAt; '-name' or 'name,desc' descends")
                    @RequestParam(defaultValue = "-createdAt")
                    String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + WorkerQuery.DEFAULT_SIZE) int size) {
        WorkerPage found = registry.search(
                SearchParameters.query(q, region, registeredPoor, situation, willingToMigrate, sort, page, size));
        return new WorkerListJson(
                found.items().stream().map(WorkerListItemJson::of).toList(), found.total(), found.page(), found.size());
    }

    @PostMapping("/{id}/poor-status-confirmation")
    @Operation(summary = "Confirm a worker's registered-poor status (PARTNER of the worker's region)")
    WorkerJson confirmPoorStatus(@PathVariable String id) {
        return WorkerJson.of(registry.confirmPoorStatus(workerId(id)));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Registration, edits, confirmations and duplicate decisions, oldest first")
    List<TimelineJson> timeline(@PathVariable String id) {
        return registry.timeline(workerId(id)).stream()
                .map(entry -> new TimelineJson(entry.at(), entry.actor(), entry.kind(), entry.changes()))
                .toList();
    }

    @PostMapping("/{id}/reveal")
    @Operation(summary = "The full resident ID or phone number; every reveal is audit-logged")
    RevealedJson reveal(@PathVariable String id, @RequestParam String field) {
        WorkerId worker = workerId(id);
        return switch (field) {
            case "residentId" -> new RevealedJson(registry.revealResidentId(worker));
            case "phone" -> new RevealedJson(registry.revealPhone(worker));
            default ->
                throw new InvalidInputException(
                        Violation.of("field", "UNKNOWN", "invalid.reveal.UNKNOWN_FIELD", "residentId, phone"));
        };
    }

    @GetMapping("/duplicates")
    @Operation(summary = "Pairs of records that look like one person (CASEWORKER, ADMIN)")
    List<DuplicateJson> duplicates(@RequestParam(defaultValue = "100") int limit) {
        return registry.possibleDuplicates(limit).stream()
                .map(pair -> new DuplicateJson(
                        WorkerListItemJson.of(pair.first()), WorkerListItemJson.of(pair.second()), pair.reason()))
                .toList();
    }

    @PostMapping("/duplicates/decisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "SAME_PERSON marks the newer record a duplicate of the older; DIFFERENT_PEOPLE hides the pair")
    void decide(@RequestBody DecisionInput input) {
        if (input.decision() == null) {
            throw new InvalidInputException(Violation.of("decision", "REQUIRED", "invalid.field.REQUIRED"));
        }
        registry.decideDuplicate(workerId(input.first()), workerId(input.second()), input.decision());
    }

    private static WorkerId workerId(String id) {
        return WorkerId.parse(id).orElseThrow(() -> new RecordNotFoundException("worker", id));
    }
}
