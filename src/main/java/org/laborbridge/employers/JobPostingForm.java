package org.laborbridge.employers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A job posting as typed into the form or sent to the API, checked by the service. Wages are in
 * yuan (CNY) per month; {@code jobType} and {@code requiredSkills} are catalogue codes;
 * {@code minEducation} is an {@code Education} name or empty.
 */
public record JobPostingForm(
        String title,
        String jobType,
        Integer headcount,
        BigDecimal wageMin,
        BigDecimal wageMax,
        String workRegionCode,
        String workAddress,
        boolean housingProvided,
        boolean mealsProvided,
        String workingHours,
        Integer minAge,
        Integer maxAge,
        List<String> requiredSkills,
        String minEducation,
        LocalDate validFrom,
        LocalDate validUntil) {

    public JobPostingForm {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }
}
