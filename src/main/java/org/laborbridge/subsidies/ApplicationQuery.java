package org.laborbridge.subsidies;

import org.laborbridge.employers.EmployerId;
import org.laborbridge.workers.WorkerId;

/** A filter of the claims list; null fields do not filter. {@code region} is a code at any level. */
public record ApplicationQuery(
        ApplicationStatus status,
        String policyCode,
        String region,
        EmployerId employer,
        WorkerId worker,
        String number,
        int page,
        int size) {}
