package org.laborbridge.matching.scoring;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.WorkerId;

/** A worker and a posting to change one fact at a time: by default a perfect local match. */
final class Pairs {

    static final class Worker {
        String county = "433122";
        boolean poor = false;
        boolean willing = true;
        Education education = Education.JUNIOR_SECONDARY;
        int age = 30;
        Set<String> skills = Set.of("FORKLIFT_LICENCE");
        List<String> wanted = List.of("ASSEMBLY", "WAREHOUSE");
        long id = 1;

        WorkerFacts facts() {
            return new WorkerFacts(
                    new WorkerId(new UUID(0, id)), county, poor, willing, education, age, skills, wanted);
        }
    }

    static final class Posting {
        String jobType = "ASSEMBLY";
        int openings = 5;
        long wageMinFen = 500_000;
        long wageMaxFen = 700_000;
        String county = "370102";
        boolean housing = true;
        Integer minAge = 18;
        Integer maxAge = 45;
        Education minEducation = Education.JUNIOR_SECONDARY;
        Set<String> skills = Set.of("FORKLIFT_LICENCE");
        long id = 1;

        PostingFacts facts() {
            return new PostingFacts(
                    new JobPostingId(new UUID(0, id)),
                    jobType,
                    openings,
                    wageMinFen,
                    wageMaxFen,
                    county,
                    housing,
                    minAge,
                    maxAge,
                    minEducation,
                    skills);
        }
    }

    private Pairs() {}
}
