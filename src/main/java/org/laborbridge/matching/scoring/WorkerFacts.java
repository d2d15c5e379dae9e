package org.laborbridge.matching.scoring;

import java.util.List;
import java.util.Set;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.WorkerId;

/**
 * What matching reads of a worker, without personal data: household county (6 digits), priority,
 * willingness to work away, education (null: not recorded), age in whole years today, the skills
 * held and the job types wanted in the worker's order of preference.
 */
public record WorkerFacts(
        WorkerId id,
        String householdCounty,
        boolean registeredPoor,
        boolean willingToMigrate,
        Education education,
        int age,
        Set<String> skills,
        List<String> wantedJobs) {

    public WorkerFacts {
        skills = Set.copyOf(skills);
        wantedJobs = List.copyOf(wantedJobs);
    }
}
