package org.laborbridge.workers.web;

import java.util.Arrays;
import java.util.List;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerRecord;

/**
 * The register and edit form as posted: text only, so that whatever was typed can be shown
 * again next to its error. Checking is left to the registry, which answers the same way for the
 * form, the API and imports.
 */
record WorkerFields(
        String name,
        String residentId,
        String householdRegion,
        String phone,
        String registeredPoor,
        String poorHouseholdNo,
        String laborCapacity,
        String willingToMigrate,
        String education,
        List<String> skills,
        List<String> wantedJobs,
        String situation,
        String notes) {

    WorkerFields {
        skills = skills == null ? List.of() : List.copyOf(skills);
        wantedJobs = wantedJobs == null ? List.of() : List.copyOf(wantedJobs);
    }

    static WorkerFields blank() {
        return new WorkerFields(
                null,
                null,
                null,
                null,
                null,
                null,
                LaborCapacity.FULL.name(),
                "true",
                null,
                List.of(),
                List.of(),
                Situation.SEEKING.name(),
                null);
    }

    /** An existing record, read in full: whoever corrects the numbers must see them. */
    static WorkerFields of(WorkerRecord worker) {
        return new WorkerFields(
                worker.name(),
                worker.residentId(),
                worker.householdRegion() == null
                        ? null
                        : worker.householdRegion().code(),
                worker.phone(),
                String.valueOf(worker.registeredPoor()),
                worker.poorHouseholdNo(),
                name(worker.laborCapacity()),
                String.valueOf(worker.willingToMigrate()),
                name(worker.education()),
                worker.skills(),
                worker.wantedJobs(),
                name(worker.situation()),
                worker.notes());
    }

    WorkerForm toForm() {
        return new WorkerForm(
                name,
                residentId,
                householdRegion,
                phone,
                checked(registeredPoor),
                poorHouseholdNo,
                constant(LaborCapacity.values(), laborCapacity),
                checked(willingToMigrate),
                constant(Education.values(), education),
                skills,
                wantedJobs,
                constant(Situation.values(), situation),
                notes);
    }

    public boolean isChecked(String flag) {
        return "true".equals(flag);
    }

    private static Boolean checked(String flag) {
        return "true".equals(flag);
    }

    /** Selects only offer the constants, so anything else was not chosen in this form. */
    private static <E extends Enum<E>> E constant(E[] values, String chosen) {
        return Arrays.stream(values)
                .filter(value -> value.name().equals(chosen))
                .findFirst()
                .orElse(null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
