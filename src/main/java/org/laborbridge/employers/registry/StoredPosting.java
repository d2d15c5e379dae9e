package org.laborbridge.employers.registry;

import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.PostingStatus;

/** A row of {@code job_posting} as read back, with its enterprise's name. */
record StoredPosting(
        JobPostingId id,
        EmployerId employer,
        String employerName,
        PostingTerms terms,
        int openingsLeft,
        PostingStatus status) {

    int filled() {
        return terms.headcount() - openingsLeft;
    }

    JobPostingView toView() {
        return new JobPostingView(
                id,
                employer,
                employerName,
                terms.title(),
                terms.jobType(),
                terms.headcount(),
                openingsLeft,
                terms.wages().min(),
                terms.wages().max(),
                terms.workRegion(),
                Places.nameOf(terms.workRegion()),
                terms.workAddress(),
                terms.housingProvided(),
                terms.mealsProvided(),
                terms.workingHours(),
                terms.ages().min(),
                terms.ages().max(),
                terms.requiredSkills(),
                terms.minEducation(),
                terms.validity().from(),
                terms.validity().until(),
                status);
    }
}
