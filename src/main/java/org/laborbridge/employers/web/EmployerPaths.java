package org.laborbridge.employers.web;

import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.shared.RecordNotFoundException;

/** Ids from the address bar: a malformed one is simply a record that does not exist. */
final class EmployerPaths {

    private EmployerPaths() {}

    static EmployerId employerId(String id) {
        return EmployerId.parse(id).orElseThrow(() -> new RecordNotFoundException("employer", id));
    }

    static JobPostingId postingId(String id) {
        return JobPostingId.parse(id).orElseThrow(() -> new RecordNotFoundException("jobPosting", id));
    }

    static String detail(EmployerId employer) {
        return "redirect:/employers/" + employer;
    }

    static String posting(EmployerId employer, JobPostingId posting) {
        return "redirect:/employers/" + employer + "/postings/" + posting;
    }
}
