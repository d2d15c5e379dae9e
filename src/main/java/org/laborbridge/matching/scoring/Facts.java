package org.laborbridge.matching.scoring;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.workers.SeekingWorker;

/**
 * The one place where what the workers and employers modules tell matching becomes the facts it
 * scores, so that recommendations and fair assignment cannot read a worker or a posting
 * differently.
 */
public final class Facts {

    private Facts() {}

    /** Age in whole years on {@code today}: callers that hold facts for long re-read them daily. */
    public static WorkerFacts of(SeekingWorker worker, LocalDate today) {
        return new WorkerFacts(
                worker.id(),
                worker.householdCounty(),
                worker.registeredPoor(),
                worker.willingToMigrate(),
                worker.education(),
                Period.between(worker.birthDate(), today).getYears(),
                Set.copyOf(worker.skills()),
                worker.wantedJobs());
    }

    /** Wages in fen, the work region's county code, requirements null where the posting states none. */
    public static PostingFacts of(JobPostingView posting) {
        return new PostingFacts(
                posting.id(),
                posting.jobType(),
                posting.openingsLeft(),
                posting.wageMin().fen(),
                posting.wageMax().fen(),
                posting.workRegion().value(),
                posting.housingProvided(),
                posting.minAge(),
                posting.maxAge(),
                posting.minEducation(),
                Set.copyOf(posting.requiredSkills()));
    }
}
