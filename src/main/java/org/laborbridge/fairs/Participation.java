package org.laborbridge.fairs;

import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;

/** What an employer brings to a fair: a booth number at an on-site fair, and postings. */
public record Participation(EmployerId employer, String booth, List<JobPostingId> postings) {

    public Participation {
        postings = postings == null ? List.of() : List.copyOf(postings);
    }
}
