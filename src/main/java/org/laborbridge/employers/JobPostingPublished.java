package org.laborbridge.employers;

import java.time.Instant;
import org.laborbridge.shared.RegionCode;

/** A posting went from draft to open. */
public record JobPostingPublished(
        JobPostingId posting, EmployerId employer, String jobType, int headcount, RegionCode workRegion, Instant at) {}
