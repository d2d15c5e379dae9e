package org.laborbridge.employers;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.Education;

/**
 * A job posting as the caller may see it. Wages are per month; {@code minAge}, {@code maxAge} and
 * {@code minEducation} are null when the posting does not ask for them.
 */
public record JobPostingView(
        JobPostingId id,
        EmployerId employerId,
        String employerName,
        String title,
        String jobType,
        int headcount,
        int openingsLeft,
        Money wageMin,
        Money wageMax,
        RegionCode workRegion,
        String workRegionName,
        String workAddress,
        boolean housingProvided,
        boolean mealsProvided,
        String workingHours,
        Integer minAge,
        Integer maxAge,
        List<String> requiredSkills,
        Education minEducation,
        LocalDate validFrom,
        LocalDate validUntil,
        PostingStatus status) {

    public JobPostingView {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }

    /** How many people have been hired for it so far. */
    public int filled() {
        return headcount - openingsLeft;
    }

    /** Open, within its validity period on {@code day}, and with an opening left. */
    public boolean acceptsApplicationsOn(LocalDate day) {
        return status == PostingStatus.OPEN && !day.isBefore(validFrom) && !day.isAfter(validUntil) && openingsLeft > 0;
    }
}
