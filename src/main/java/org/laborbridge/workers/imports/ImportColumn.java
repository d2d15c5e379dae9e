package org.laborbridge.workers.imports;

/** The columns a roster may have, in template order; {@code field} is the English header and the form's field name. */
enum ImportColumn {
    NAME("name", true),
    RESIDENT_ID("residentId", true),
    PHONE("phone", false),
    HOUSEHOLD_REGION("householdRegion", false),
    REGISTERED_POOR("registeredPoor", false),
    POOR_HOUSEHOLD_NO("poorHouseholdNo", false),
    LABOR_CAPACITY("laborCapacity", false),
    WILLING_TO_MIGRATE("willingToMigrate", false),
    EDUCATION("education", false),
    SKILLS("skills", false),
    WANTED_JOBS("wantedJobs", false),
    SITUATION("situation", false),
    NOTES("notes", false);

    private final String field;
    private final boolean required;

    ImportColumn(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    String field() {
        return field;
    }

    boolean required() {
        return required;
    }

    String messageKey() {
        return "workerImport.column." + field;
    }
}
