package org.laborbridge.matching;

import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.shared.Money;

/**
 * An open posting recommended to a worker: what it offers, its points, the points as a percent of
 * the most any posting could score under the current weights, and the reasons, heaviest first.
 */
public record PostingRecommendation(
        JobPostingId posting,
        String title,
        String jobType,
        EmployerId employer,
        String employerName,
        Money wageMin,
        Money wageMax,
        String workRegion,
        String workRegionName,
        boolean housingProvided,
        int openingsLeft,
        int points,
        int percent,
        List<ReasonText> reasons) {

    public PostingRecommendation {
        reasons = List.copyOf(reasons);
    }
}
