package org.laborbridge.employers;

import java.time.Instant;

/** A posting was ended by hand; it takes no more applications and is no longer recommended. */
public record JobPostingClosed(JobPostingId posting, EmployerId employer, Instant at) {}
