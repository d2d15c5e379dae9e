package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/** A worker applied to a job posting, by themselves, through staff or at an on-site fair; {@code fair} may be null. */
public record ApplicationSubmitted(
        ApplicationId application,
        WorkerId worker,
        String householdCounty,
        JobPostingId posting,
        EmployerId employer,
        FairId fair,
        ApplicationChannel channel,
        Instant at)
        implements ApplicationEvent {}
