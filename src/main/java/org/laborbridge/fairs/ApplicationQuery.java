package org.laborbridge.fairs;

import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.workers.WorkerId;

/**
 * A search of applications inside the caller's scope; every criterion may be null. Newest first;
 * {@code page} counts from 0 and {@code size} is 1 to {@link #MAX_SIZE}.
 */
public record ApplicationQuery(
        WorkerId worker,
        EmployerId employer,
        JobPostingId posting,
        FairId fair,
        ApplicationStatus status,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public ApplicationQuery {
        page = Math.max(page, 0);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static ApplicationQuery all(int page, int size) {
        return new ApplicationQuery(null, null, null, null, null, page, size);
    }
}
