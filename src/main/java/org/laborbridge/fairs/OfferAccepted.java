package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/** The worker took the job: one opening is filled and a placement starts on these terms. */
public record OfferAccepted(
        ApplicationId application,
        WorkerId worker,
        String householdCounty,
        JobPostingId posting,
        EmployerId employer,
        OfferTerms terms,
        Instant at)
        implements ApplicationEvent {}
