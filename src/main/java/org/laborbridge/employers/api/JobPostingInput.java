package org.laborbridge.employers.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.employers.JobPostingForm;

/**
 * The posting JSON a client sends: the form's fields, plus {@code employerId} when creating one.
 * Field names are the form's, so every error names the field the client sent.
 */
record JobPostingInput(
        String employerId,
        String title,
        String jobType,
        Integer headcount,
        BigDecimal wageMin,
        BigDecimal wageMax,
        String workRegionCode,
        String workAddress,
        Boolean housingProvided,
        Boolean mealsProvided,
        String workingHours,
        Integer minAge,
        Integer maxAge,
        List<String> requiredSkills,
        String minEducation,
        LocalDate validFrom,
        LocalDate validUntil) {

    JobPostingForm toForm() {
        return new JobPostingForm(
                title,
                jobType,
                headcount,
                wageMin,
                wageMax,
                workRegionCode,
                workAddress,
                Boolean.TRUE.equals(housingProvided),
                Boolean.TRUE.equals(mealsProvided),
                workingHours,
                minAge,
                maxAge,
                requiredSkills,
                minEducation,
                validFrom,
                validUntil);
    }
}
