package org.laborbridge.workers;

import java.time.LocalDate;
import java.util.List;

/**
 * What matching reads of a worker seeking work, without name or numbers: household county, priority,
 * willingness to work away, education (null: not recorded), birth date, skills and wanted jobs in
 * the worker's order of preference.
 */
public record SeekingWorker(
        WorkerId id,
        String householdCounty,
        boolean registeredPoor,
        boolean willingToMigrate,
        Education education,
        LocalDate birthDate,
        List<String> skills,
        List<String> wantedJobs) {

    public SeekingWorker {
        skills = List.copyOf(skills);
        wantedJobs = List.copyOf(wantedJobs);
    }
}
