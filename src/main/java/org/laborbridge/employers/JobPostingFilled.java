package org.laborbridge.employers;

import java.time.Instant;

/** One opening of a posting was taken by a hire; at zero openings left the posting is FILLED. */
public record JobPostingFilled(JobPostingId posting, EmployerId employer, int openingsLeft, Instant at) {}
