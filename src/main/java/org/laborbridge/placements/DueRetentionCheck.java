package org.laborbridge.placements;

import java.time.LocalDate;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.workers.WorkerId;

/**
 * One line of a caseworker's to-do list: a retention check that is due (or overdue) and not yet
 * recorded. {@code daysOverdue} counts from the due date to today; negative while still ahead.
 */
public record DueRetentionCheck(
        PlacementId placement,
        WorkerId worker,
        String workerName,
        String householdCounty,
        EmployerId employer,
        String employerName,
        String jobType,
        int month,
        LocalDate dueOn,
        long daysOverdue) {}
