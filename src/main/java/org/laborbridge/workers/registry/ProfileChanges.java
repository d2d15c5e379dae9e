package org.laborbridge.workers.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.laborbridge.workers.TimelineEntry.Change;
import org.laborbridge.workers.WorkerProfile;

/**
 * What an edit changed, field by field, as the timeline shows it. ID and phone numbers are
 * recorded masked: the history must not become a way around the audited reveal.
 */
final class ProfileChanges {

    private ProfileChanges() {}

    static Map<String, Change> between(WorkerProfile before, WorkerProfile after) {
        Map<String, String> from = snapshot(before);
        Map<String, String> to = snapshot(after);
        Map<String, Change> changes = new LinkedHashMap<>();
        to.forEach((field, value) -> {
            if (!Objects.equals(from.get(field), value)) {
                changes.put(field, new Change(from.get(field), value));
            }
        });
        // A corrected ID can look the same once masked; it is still a change worth recording.
        if (!before.residentId().equals(after.residentId())) {
            changes.putIfAbsent("residentId", new Change(from.get("residentId"), to.get("residentId")));
        }
        return changes;
    }

    /** The registration itself, as the first entry of the timeline: every field that has a value. */
    static Map<String, Change> registered(WorkerProfile profile) {
        Map<String, Change> changes = new LinkedHashMap<>();
        snapshot(profile).forEach((field, value) -> {
            if (value != null) {
                changes.put(field, new Change(null, value));
            }
        });
        return changes;
    }

    private static Map<String, String> snapshot(WorkerProfile p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", p.name());
        values.put("residentId", p.residentId().masked());
        values.put("householdRegion", p.householdCounty().value());
        values.put("phone", p.phone() == null ? null : p.phone().masked());
        values.put("registeredPoor", String.valueOf(p.registeredPoor()));
        values.put("poorHouseholdNo", p.poorHouseholdNo());
        values.put("laborCapacity", text(p.laborCapacity()));
        values.put("willingToMigrate", String.valueOf(p.willingToMigrate()));
        values.put("education", text(p.education()));
        values.put("skills", p.skills().isEmpty() ? null : String.join(";", p.skills()));
        values.put("wantedJobs", p.wantedJobs().isEmpty() ? null : String.join(";", p.wantedJobs()));
        values.put("situation", text(p.situation()));
        values.put("notes", p.notes());
        return values;
    }

    private static String text(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
