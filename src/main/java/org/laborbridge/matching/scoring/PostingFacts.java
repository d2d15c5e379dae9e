package org.laborbridge.matching.scoring;

import java.util.Set;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.Education;

/**
 * What matching reads of an open posting: its job type, openings left, monthly wage range in fen,
 * work county (6 digits), housing, and its requirements (null when it states none).
 */
public record PostingFacts(
        JobPostingId id,
        String jobType,
        int openingsLeft,
        long wageMinFen,
        long wageMaxFen,
        String workCounty,
        boolean housingProvided,
        Integer minAge,
        Integer maxAge,
        Education minEducation,
        Set<String> requiredSkills) {

    public PostingFacts {
        requiredSkills = Set.copyOf(requiredSkills);
    }
}
