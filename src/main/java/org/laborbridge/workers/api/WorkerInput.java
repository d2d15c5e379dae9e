package org.laborbridge.workers.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerProfile;

/**
 * The worker JSON a client sends. Choices arrive as text so that a mistyped one is reported
 * with the other mistakes as 422, not as an unreadable body; {@code version}, when sent with a
 * change, must still be the record's.
 */
record WorkerInput(
        String name,
        String residentId,
        RegionInput householdRegion,
        String phone,
        Boolean registeredPoor,
        String poorHouseholdNo,
        String laborCapacity,
        Boolean willingToMigrate,
        String education,
        List<String> skills,
        List<String> wantedJobs,
        String situation,
        String notes,
        Integer version) {

    /** A region as {@code {code}} or {@code {name}}. */
    record RegionInput(String code, String name) {
        String text() {
            return code != null && !code.isBlank() ? code : name;
        }
    }

    WorkerForm toForm() {
        List<Violation> violations = new ArrayList<>();
        LaborCapacity capacity = choice("laborCapacity", laborCapacity, LaborCapacity::valueOf, violations);
        Education schooling = choice("education", education, Education::valueOf, violations);
        Situation now = choice("situation", situation, Situation::valueOf, violations);
        WorkerForm form = new WorkerForm(
                name,
                residentId,
                householdRegion == null ? null : householdRegion.text(),
                phone,
                registeredPoor,
                poorHouseholdNo,
                capacity,
                willingToMigrate,
                schooling,
                skills,
                wantedJobs,
                now,
                notes);
        if (!violations.isEmpty()) {
            try {
                WorkerProfile.of(form);
            } catch (InvalidInputException more) {
                violations.addAll(more.violations());
            }
            throw new InvalidInputException(violations);
        }
        return form;
    }

    private static <E extends Enum<E>> E choice(
            String field, String typed, Function<String, E> parse, List<Violation> violations) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return parse.apply(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add(Violation.of(field, "UNKNOWN", "invalid.choice.UNKNOWN", typed.strip()));
            return null;
        }
    }
}
