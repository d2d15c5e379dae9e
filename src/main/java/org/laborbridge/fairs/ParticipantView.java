package org.laborbridge.fairs;

import java.time.Instant;
import java.util.List;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;

/** An employer at a fair, with its booth (null online) and the postings it offers there. */
public record ParticipantView(
        EmployerId employer, String employerName, String booth, List<JobPostingView> postings, Instant joinedAt) {

    public ParticipantView {
        postings = List.copyOf(postings);
    }

    /** Positions offered: the sum of the postings' headcounts. */
    public int positions() {
        return postings.stream().mapToInt(JobPostingView::headcount).sum();
    }

    public int openingsLeft() {
        return postings.stream().mapToInt(JobPostingView::openingsLeft).sum();
    }
}
