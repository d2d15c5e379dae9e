package org.laborbridge.fairs.me;

import java.util.List;
import java.util.Map;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.workers.MyPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/** Open postings of the jobs the worker wants, for their age. */
@Component
class PostingsSection implements MyPageSection {

    static final int SHOWN = 5;

    private final JobPostings postings;

    PostingsSection(JobPostings postings) {
        this.postings = postings;
    }

    @Override
    public int position() {
        return 40;
    }

    @Override
    public String fragment() {
        return "fairs/me :: postings";
    }

    @Override
    public Map<String, Object> data(WorkerRecord me) {
        return Map.of(
                "postings",
                fitting(postings, me, SHOWN),
                "wantsNothing",
                me.wantedJobs().isEmpty());
    }

    /** The worker's age is worked out from the birth year, which is all a masked record gives. */
    static List<JobPostingView> fitting(JobPostings postings, WorkerRecord me, int limit) {
        int age = BureauTime.today().getYear() - me.birthYear();
        return postings.openFitting(me.wantedJobs(), age, limit);
    }
}
