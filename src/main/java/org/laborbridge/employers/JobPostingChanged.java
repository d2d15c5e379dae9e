package org.laborbridge.employers;

import java.time.Instant;

/** A posting's terms were edited (type, headcount, wage, place, requirements); read it again for the new ones. */
public record JobPostingChanged(JobPostingId posting, EmployerId employer, Instant at) {}
