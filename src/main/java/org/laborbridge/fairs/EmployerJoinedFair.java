package org.laborbridge.fairs;

import java.time.Instant;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;

/** An employer takes part in a fair with these postings; {@code booth} is null at an online fair. */
public record EmployerJoinedFair(
        FairId fair, EmployerId employer, String booth, List<JobPostingId> postings, Instant at) {

    public EmployerJoinedFair {
        postings = List.copyOf(postings);
    }
}
