package org.laborbridge.fairs.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.CheckInResult;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.FilterSignUpResult;
import org.laborbridge.fairs.Participation;
import org.laborbridge.fairs.SignUpReport;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What people do on the fair page: check in at the desk, sign up workers (a pasted list, a
 * filter, or oneself), join with postings, record on-site intentions. Each answers by returning to
 * the fair page with what happened, so a reload never repeats it.
 */
@Controller
@RequestMapping("/fairs/{id}")
class FairDeskController {

    private final Fairs fairs;
    /** Lazily: the applications service depends on {@link Fairs}, which this controller uses too. */
    private final ObjectProvider<Applications> applications;

    private final MessageSource messages;

    FairDeskController(Fairs fairs, ObjectProvider<Applications> applications, MessageSource messages) {
        this.fairs = fairs;
        this.applications = applications;
        this.messages = messages;
    }

    @PostMapping("/check-ins")
    String checkIn(@PathVariable String id, @RequestParam(required = false) String input, RedirectAttributes redirect) {
        FairId fair = FairListController.fairId(id);
        try {
            CheckInResult result = fairs.checkIn(fair, input);
            redirect.addFlashAttribute("checkedIn", result);
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("checkInErrors", Refusals.all(invalid, messages));
        }
        return back(fair, "check-in");
    }

    @PostMapping("/sign-ups/pasted")
    String signUpPasted(
            @PathVariable String id, @RequestParam(required = false) String residentIds, RedirectAttributes redirect) {
        FairId fair = FairListController.fairId(id);
        try {
            SignUpReport report = fairs.signUpAll(fair, residentIds);
            redirect.addFlashAttribute("report", report);
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("bulkErrors", Refusals.all(invalid, messages));
            redirect.addFlashAttribute("pasted", residentIds);
        }
        return back(fair, "bulk");
    }

    @PostMapping("/sign-ups/matching")
    String signUpMatching(
            @PathVariable String id,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Boolean registeredPoor,
            @RequestParam(required = false) Situation situation,
            @RequestParam(required = false) Boolean willingToMigrate,
            RedirectAttributes redirect) {
        FairId fair = FairListController.fairId(id);
        WorkerQuery filter = new WorkerQuery(
                q,
                region == null || region.isBlank() ? List.of() : List.of(region.strip()),
                registeredPoor,
                situation,
                willingToMigrate,
                "createdAt",
                false,
                0,
                WorkerQuery.MAX_SIZE);
        try {
            FilterSignUpResult result = fairs.signUpMatching(fair, filter);
            redirect.addFlashAttribute("matching", result);
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("bulkErrors", Refusals.all(invalid, messages));
        }
        return back(fair, "bulk");
    }

    @PostMapping("/sign-ups/me")
    String signUpMe(@PathVariable String id, RedirectAttributes redirect) {
        FairId fair = FairListController.fairId(id);
        UUID worker = Callers.current().workerId();
        if (worker == null) {
            throw new RecordNotFoundException("worker", "self");
        }
        try {
            fairs.signUp(fair, new WorkerId(worker));
            redirect.addFlashAttribute("flash", "fairs.signUp.done");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashErrors", Refusals.all(invalid, messages));
        }
        return back(fair, "my-sign-up");
    }

    @PostMapping("/participants")
    String join(
            @PathVariable String id,
            @RequestParam(required = false) String employer,
            @RequestParam(required = false) String booth,
            @RequestParam(name = "posting", required = false) List<String> postingIds,
            RedirectAttributes redirect) {
        FairId fair = FairListController.fairId(id);
        EmployerId employerId =
                EmployerId.parse(employer).orElseThrow(() -> new RecordNotFoundException("employer", employer));
        List<JobPostingId> chosen = postingIds == null
                ? List.of()
                : postingIds.stream()
                        .map(JobPostingId::parse)
                        .flatMap(Optional::stream)
                        .toList();
        try {
            fairs.join(fair, new Participation(employerId, booth, chosen));
            redirect.addFlashAttribute("joinDone", true);
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("joinErrors", Refusals.all(invalid, messages));
        }
        return back(fair, "join");
    }

    /** Hands the intention to the applications part of this module, naming the worker by the code they showed. */
    @PostMapping("/intentions")
    String recordIntention(
            @PathVariable String id,
            @RequestParam(required = false) String posting,
            @RequestParam(required = false) String worker,
            RedirectAttributes redirect) {
        FairId fair = FairListController.fairId(id);
        try {
            JobPostingId postingId =
                    JobPostingId.parse(posting).orElseThrow(() -> new RecordNotFoundException("posting", posting));
            WorkerId workerId = fairs.signedUpWorker(fair, worker);
            applications.getObject().recordIntention(fair, postingId, workerId);
            redirect.addFlashAttribute("intentionDone", true);
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("intentionErrors", Refusals.all(invalid, messages));
        }
        return back(fair, "intentions");
    }

    private static String back(FairId fair, String anchor) {
        return "redirect:/fairs/" + fair + "#" + anchor;
    }
}
