package org.laborbridge.employers.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.Education;

/** What a posting offers and asks for, checked; everything but its status and openings left. */
record PostingTerms(
        String title,
        String jobType,
        int headcount,
        WageRange wages,
        RegionCode workRegion,
        String workAddress,
        boolean housingProvided,
        boolean mealsProvided,
        String workingHours,
        AgeRange ages,
        List<String> requiredSkills,
        Education minEducation,
        ValidityPeriod validity) {

    static final int MAX_TITLE_LENGTH = 100;
    static final int MAX_ADDRESS_LENGTH = 200;
    static final int MAX_WORKING_HOURS_LENGTH = 100;

    PostingTerms {
        requiredSkills = List.copyOf(requiredSkills);
    }

    /** Checks every field and reports every problem at once. */
    static PostingTerms of(JobPostingForm form, LocalDate today) {
        FieldChecks checks = new FieldChecks();
        String title = checks.required("title", form.title(), MAX_TITLE_LENGTH);
        String jobType = checks.code("jobType", Catalogue.jobTypes(), form.jobType());
        Integer headcount = checks.value("headcount", () -> HeadcountRule.check(form.headcount()));
        WageRange wages = checks.value("wageMin", () -> WageRange.ofYuan(form.wageMin(), form.wageMax()));
        RegionCode workRegion = checks.county("workRegionCode", form.workRegionCode());
        String workAddress = checks.optional("workAddress", form.workAddress(), MAX_ADDRESS_LENGTH);
        String workingHours = checks.optional("workingHours", form.workingHours(), MAX_WORKING_HOURS_LENGTH);
        AgeRange ages = checks.value("minAge", () -> new AgeRange(form.minAge(), form.maxAge()));
        List<String> skills = checks.codes("requiredSkills", Catalogue.skills(), form.requiredSkills());
        Education education = education(form.minEducation(), checks);
        ValidityPeriod validity =
                checks.value("validUntil", () -> ValidityPeriod.of(form.validFrom(), form.validUntil(), today));
        checks.throwIfAny();
        return new PostingTerms(
                title,
                jobType,
                headcount,
                wages,
                workRegion,
                workAddress,
                form.housingProvided(),
                form.mealsProvided(),
                workingHours,
                ages,
                skills,
                education,
                validity);
    }

    private static Education education(String typed, FieldChecks checks) {
        String text = FieldChecks.trimmed(typed);
        if (text == null) {
            return null;
        }
        try {
            return Education.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            checks.add(Violation.of("minEducation", "UNKNOWN", "employers.invalid.minEducation.UNKNOWN", text));
            return null;
        }
    }
}
