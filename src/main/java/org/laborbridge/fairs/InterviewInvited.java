package org.laborbridge.fairs;

import java.time.Instant;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/** The employer invited the worker to an interview; {@code interviewAt} may be null when not yet fixed. */
public record InterviewInvited(
        ApplicationId application,
        WorkerId worker,
        String householdCounty,
        JobPostingId posting,
        EmployerId employer,
        Instant interviewAt,
        Instant at)
        implements ApplicationEvent {}
