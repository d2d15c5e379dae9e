package org.laborbridge.employers.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.Education;

/** One job posting as the API shows it; wages in yuan per month. */
record JobPostingJson(
        String id,
        EmployerRef employer,
        String title,
        String jobType,
        int headcount,
        int openingsLeft,
        int filled,
        BigDecimal wageMin,
        BigDecimal wageMax,
        RegionJson workRegion,
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

    record EmployerRef(String id, String name) {}

    static JobPostingJson of(JobPostingView view) {
        return new JobPostingJson(
                view.id().toString(),
                new EmployerRef(view.employerId().toString(), view.employerName()),
                view.title(),
                view.jobType(),
                view.headcount(),
                view.openingsLeft(),
                view.filled(),
                yuan(view.wageMin()),
                yuan(view.wageMax()),
                RegionJson.of(view.workRegion(), view.workRegionName()),
                view.workAddress(),
                view.housingProvided(),
                view.mealsProvided(),
                view.workingHours(),
                view.minAge(),
                view.maxAge(),
                view.requiredSkills(),
                view.minEducation(),
                view.validFrom(),
                view.validUntil(),
                view.status());
    }

    private static BigDecimal yuan(Money money) {
        return new BigDecimal(money.toYuanString());
    }
}
