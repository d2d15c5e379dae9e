package org.laborbridge.matching.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.matching.PostingRecommendation;
import org.laborbridge.matching.ReasonText;
import org.laborbridge.matching.Recommendations;
import org.laborbridge.matching.WorkerRecommendation;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workers.WorkerId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matching")
@Tag(
        name = "Matching",
        description = "Explained recommendations both ways: open postings for a worker, workers seeking work for a"
                + " posting (always masked). Reasons follow Accept-Language.")
class RecommendationsApi {

    static final String DEFAULT_N = "10";

    private final Recommendations recommendations;

    RecommendationsApi(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    record Reason(String text, int points, boolean excludes) {
        static Reason of(ReasonText reason) {
            return new Reason(reason.text(), reason.points(), reason.excludes());
        }
    }

    record PostingItem(
            UUID posting,
            String title,
            String jobType,
            UUID employer,
            String employerName,
            BigDecimal wageMin,
            BigDecimal wageMax,
            String workRegion,
            String workRegionName,
            boolean housingProvided,
            int openingsLeft,
            int points,
            int percent,
            List<Reason> reasons) {

        static PostingItem of(PostingRecommendation found) {
            return new PostingItem(
                    found.posting().value(),
                    found.title(),
                    found.jobType(),
                    found.employer().value(),
                    found.employerName(),
                    new BigDecimal(found.wageMin().toYuanString()),
                    new BigDecimal(found.wageMax().toYuanString()),
                    found.workRegion(),
                    found.workRegionName(),
                    found.housingProvided(),
                    found.openingsLeft(),
                    found.points(),
                    found.percent(),
                    found.reasons().stream().map(Reason::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WorkerItem(
            UUID worker,
            String name,
            String residentId,
            String phone,
            String householdCounty,
            String householdCountyName,
            Boolean registeredPoor,
            int points,
            int percent,
            List<Reason> reasons) {

        static WorkerItem of(WorkerRecommendation found) {
            return new WorkerItem(
                    found.worker().value(),
                    found.name(),
                    found.maskedResidentId(),
                    found.maskedPhone(),
                    found.householdCounty(),
                    found.householdCountyName(),
                    found.registeredPoor(),
                    found.points(),
                    found.percent(),
                    found.reasons().stream().map(Reason::of).toList());
        }
    }

    record Answer<T>(List<T> items, int maxPoints) {}

    @GetMapping("/workers/{id}/recommendations")
    @Operation(
            summary = "The best open postings with openings left for a worker, best first, with reasons",
            description = "WORKER: only themselves; CASEWORKER, ADMIN: any worker; PARTNER: workers of their regions;"
                    + " others 403; unknown or out of scope 404; n outside 1–50 is 422.")
    Answer<PostingItem> forWorker(
            @PathVariable String id,
            @Parameter(description = "how many, 1–50") @RequestParam(defaultValue = DEFAULT_N) int n) {
        return new Answer<>(
                recommendations.forWorker(new WorkerId(uuid("worker", id)), n).stream()
                        .map(PostingItem::of)
                        .toList(),
                recommendations.maxPoints());
    }

    @GetMapping("/postings/{id}/recommendations")
    @Operation(
            summary = "The best workers seeking work for a posting, best first, masked, with reasons",
            description =
                    "EMPLOYER: own postings only, without registeredPoor or the priority reason; CASEWORKER, ADMIN: any; PARTNER: only workers of their"
                            + " regions; others 403; unknown 404; n outside 1–50 is 422.")
    Answer<WorkerItem> forPosting(
            @PathVariable String id,
            @Parameter(description = "how many, 1–50") @RequestParam(defaultValue = DEFAULT_N) int n) {
        return new Answer<>(
                recommendations.forPosting(new JobPostingId(uuid("jobPosting", id)), n).stream()
                        .map(WorkerItem::of)
                        .toList(),
                recommendations.maxPoints());
    }

    static UUID uuid(String subject, String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException(subject, id);
        }
    }
}
