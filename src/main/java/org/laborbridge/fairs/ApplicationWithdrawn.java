package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/** The worker, or staff for them, withdrew the application before it was accepted. */
public record ApplicationWithdrawn(
        ApplicationId application,
        WorkerId worker,
        String householdCounty,
        JobPostingId posting,
        EmployerId employer,
        Instant at)
        implements ApplicationEvent {}
