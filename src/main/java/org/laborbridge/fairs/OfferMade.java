package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/** The employer offered the worker the job on these terms. */
public record OfferMade(
        ApplicationId application,
        WorkerId worker,
        String householdCounty,
        JobPostingId posting,
        EmployerId employer,
        OfferTerms terms,
        Instant at)
        implements ApplicationEvent {}
