package org.laborbridge.fairs.applications.web;

import java.util.List;
import java.util.Optional;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.fairs.ApplicationPage;
import org.laborbridge.fairs.ApplicationQuery;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.Applications;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicants list: an employer's HR sees who applied to its postings and where each stands;
 * bureau staff see every enterprise's. Workers follow their own applications on their phones.
 */
@Controller
class ApplicantsController {

    static final int PAGE_SIZE = 20;

    private final Applications applications;
    private final Employers employers;
    private final JobPostings postings;

    ApplicantsController(Applications applications, Employers employers, JobPostings postings) {
        this.applications = applications;
        this.employers = employers;
        this.postings = postings;
    }

    record Filter(String status, String posting) {}

    @GetMapping("/applications")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String posting,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Caller caller = Callers.current();
        if (!caller.is(Role.EMPLOYER) && !caller.role().isBureauStaff()) {
            throw new AccessDeniedException("The applicants list is for employers and the bureau");
        }
        Optional<EmployerId> own = employers.ofCurrentCaller();
        ApplicationStatus wanted = parseStatus(status);
        JobPostingId postingId =
                posting == null ? null : JobPostingId.parse(posting).orElse(null);
        ApplicationPage found = applications.search(
                new ApplicationQuery(null, own.orElse(null), postingId, null, wanted, page, PAGE_SIZE));
        model.addAttribute("page", found);
        model.addAttribute("filter", new Filter(wanted == null ? "" : wanted.name(), postingId == null ? "" : posting));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("postings", own.map(this::postingsOf).orElse(List.of()));
        model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / PAGE_SIZE));
        return "applications/list";
    }

    private List<JobPostingView> postingsOf(EmployerId employer) {
        return postings.search(PostingQuery.ofEmployer(employer)).items();
    }

    private static ApplicationStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
