package org.laborbridge.fairs.me;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.WorkerSignUp;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the worker's phone pages show, for an app: the jobs that fit them and their own sign-ups. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "The worker's own", description = "For a signed-in WORKER only; anyone else gets 404")
class MyJobSearchApi {

    private final WorkerRegistry registry;
    private final JobPostings postings;
    private final Fairs fairs;

    MyJobSearchApi(WorkerRegistry registry, JobPostings postings, Fairs fairs) {
        this.registry = registry;
        this.postings = postings;
        this.fairs = fairs;
    }

    @GetMapping("/postings")
    @Operation(summary = "Open postings of the jobs the worker wants, for their age, newest first")
    List<PostingJson> postings() {
        return PostingsSection.fitting(postings, registry.find(Me.worker()), MyJobSearchController.POSTINGS_SHOWN)
                .stream()
                .map(PostingJson::of)
                .toList();
    }

    @GetMapping("/sign-ups")
    @Operation(summary = "The worker's fair sign-ups, newest first, each with the QR token the check-in desk accepts")
    List<SignUpJson> signUps() {
        return fairs.signUpsOf(Me.worker()).stream().map(SignUpJson::of).toList();
    }

    record PostingJson(
            String id,
            String title,
            String employer,
            String jobType,
            String wageMin,
            String wageMax,
            String workRegion,
            String workRegionName,
            boolean housingProvided,
            boolean mealsProvided,
            int openingsLeft,
            LocalDate validUntil) {

        static PostingJson of(JobPostingView posting) {
            return new PostingJson(
                    posting.id().toString(),
                    posting.title(),
                    posting.employerName(),
                    posting.jobType(),
                    posting.wageMin().toYuanString(),
                    posting.wageMax().toYuanString(),
                    posting.workRegion().value(),
                    posting.workRegionName(),
                    posting.housingProvided(),
                    posting.mealsProvided(),
                    posting.openingsLeft(),
                    posting.validUntil());
        }
    }

    record SignUpJson(
            String fair,
            String fairName,
            FairKind kind,
            LocalDate startsOn,
            LocalDate endsOn,
            String venue,
            Instant signedUpAt,
            Instant checkedInAt,
            String qrToken) {

        static SignUpJson of(WorkerSignUp signUp) {
            return new SignUpJson(
                    signUp.fair().id().toString(),
                    signUp.fair().name(),
                    signUp.fair().kind(),
                    signUp.fair().startsOn(),
                    signUp.fair().endsOn(),
                    signUp.fair().venue(),
                    signUp.signedUpAt(),
                    signUp.checkedInAt(),
                    signUp.qrToken());
        }
    }
}
