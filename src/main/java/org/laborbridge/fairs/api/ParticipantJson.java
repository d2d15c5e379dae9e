package org.laborbridge.fairs.api;

import java.time.Instant;
import java.util.List;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.fairs.ParticipantView;

/** An employer at a fair with its booth and the positions each of its postings offers. */
record ParticipantJson(
        String employerId,
        String employerName,
        String booth,
        int positions,
        List<PostingJson> postings,
        Instant joinedAt) {

    record PostingJson(String id, String title, String jobType, int headcount, int openingsLeft) {

        static PostingJson of(JobPostingView posting) {
            return new PostingJson(
                    posting.id().toString(),
                    posting.title(),
                    posting.jobType(),
                    posting.headcount(),
                    posting.openingsLeft());
        }
    }

    static ParticipantJson of(ParticipantView participant) {
        return new ParticipantJson(
                participant.employer().toString(),
                participant.employerName(),
                participant.booth(),
                participant.positions(),
                participant.postings().stream().map(PostingJson::of).toList(),
                participant.joinedAt());
    }
}
