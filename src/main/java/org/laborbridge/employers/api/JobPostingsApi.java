package org.laborbridge.employers.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingPage;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
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
@RequestMapping("/api/v1/job-postings")
@Tag(name = "Job postings", description = "What the enterprises offer: type, headcount, wages, place, requirements")
class JobPostingsApi {

    private final JobPostings postings;

    JobPostingsApi(JobPostings postings) {
        this.postings = postings;
    }

    record PostingListJson(List<JobPostingJson> items, long total, int page, int size) {}

    @GetMapping
    @Operation(summary = "Search postings; drafts only for their enterprise and bureau staff; newest first")
    PostingListJson search(
            @Parameter(description = "any part of the title or the enterprise's name") @RequestParam(required = false)
                    String q,
            @Parameter(description = "a job-type code of the catalogue") @RequestParam(required = false) String jobType,
            @Parameter(description = "a region code at any level: a prefecture covers its counties")
                    @RequestParam(required = false)
                    String workRegion,
            @RequestParam(required = false) String employer,
            @Parameter(description = "DRAFT, OPEN, FILLED or CLOSED") @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PostingQuery.DEFAULT_SIZE) int size) {
        PostingPage found = postings.search(new PostingQuery(
                q,
                jobType,
                workRegion,
                employer == null ? null : EmployersApi.employerId(employer),
                status(status),
                page,
                size));
        return new PostingListJson(
                found.items().stream().map(JobPostingJson::of).toList(), found.total(), found.page(), found.size());
    }

    @PostMapping
    @Operation(summary = "Draft a posting for employerId (ADMIN, CASEWORKER, or that enterprise's EMPLOYER)")
    @ApiResponse(responseCode = "201", description = "Drafted; Location names the record")
    @ApiResponse(responseCode = "422", description = "Invalid input, every problem listed")
    ResponseEntity<JobPostingJson> draft(@RequestBody JobPostingInput input) {
        if (input.employerId() == null || input.employerId().isBlank()) {
            throw new InvalidInputException(Violation.of("employerId", "REQUIRED", "invalid.field.REQUIRED"));
        }
        JobPostingView drafted = postings.draft(EmployersApi.employerId(input.employerId()), input.toForm());
        return ResponseEntity.created(URI.create("/api/v1/job-postings/" + drafted.id()))
                .body(JobPostingJson.of(drafted));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One posting; a draft only for its enterprise and bureau staff")
    JobPostingJson find(@PathVariable String id) {
        return JobPostingJson.of(postings.find(postingId(id)));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a posting; reducing the headcount reduces the openings left, never below those hired"
                    + " (headcount BELOW_FILLED)")
    JobPostingJson change(@PathVariable String id, @RequestBody JobPostingInput input) {
        return JobPostingJson.of(postings.change(postingId(id), input.toForm()));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Open a draft for applications")
    JobPostingJson publish(@PathVariable String id) {
        return JobPostingJson.of(postings.publish(postingId(id)));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Stop taking applications")
    JobPostingJson close(@PathVariable String id) {
        return JobPostingJson.of(postings.close(postingId(id)));
    }

    private static JobPostingId postingId(String id) {
        return JobPostingId.parse(id).orElseThrow(() -> new RecordNotFoundException("jobPosting", id));
    }

    private static PostingStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PostingStatus.valueOf(text.strip());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(Violation.of("status", "UNKNOWN", "invalid.choice.UNKNOWN", text));
        }
    }
}
