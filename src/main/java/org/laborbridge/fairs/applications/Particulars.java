package org.laborbridge.fairs.applications;

import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.ApplicationChannel;
import org.laborbridge.fairs.ApplicationId;
import org.laborbridge.fairs.FairId;
import org.laborbridge.workers.WorkerId;

/**
 * The facts of an application that never change: who applied to which posting, how, and where.
 * The employer's name, posting title and job type are kept as they were when the worker applied,
 * so that lists need not ask the employers module for every row.
 */
record Particulars(
        ApplicationId id,
        WorkerId worker,
        String householdCounty,
        JobPostingId posting,
        EmployerId employer,
        String employerName,
        String postingTitle,
        String jobType,
        FairId fair,
        ApplicationChannel channel) {}
