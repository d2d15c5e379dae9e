package org.laborbridge.workers;

import java.util.List;

/**
 * A worker as typed into the form, sent to the API or read from an import row: plain text,
 * not yet trusted. {@link WorkerProfile#of(WorkerForm)} is the one place that checks it, so the
 * form, the API and the import refuse the same things with the same words.
 *
 * <p>{@code householdRegion} is a code or a name; empty means the county the ID was issued in,
 * as it is called today. Lists hold catalogue codes or names in any of the three languages.
 */
public record WorkerForm(
        String name,
        String residentId,
        String householdRegion,
        String phone,
        Boolean registeredPoor,
        String poorHouseholdNo,
        LaborCapacity laborCapacity,
        Boolean willingToMigrate,
        Education education,
        List<String> skills,
        List<String> wantedJobs,
        Situation situation,
        String notes) {

    public WorkerForm {
        skills = skills == null ? List.of() : List.copyOf(skills);
        wantedJobs = wantedJobs == null ? List.of() : List.copyOf(wantedJobs);
    }
}
