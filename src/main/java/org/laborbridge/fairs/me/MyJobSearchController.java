package org.laborbridge.fairs.me;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.ApplicationId;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.WorkerSignUp;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a worker does about jobs from their phone: browse the postings that fit them, apply, and
 * answer an offer. Every action is for the signed-in worker's own record; the services check the
 * rest (open posting, fair not over, no overlapping job).
 */
@Controller
@RequestMapping("/me")
class MyJobSearchController {

    static final int POSTINGS_SHOWN = 50;

    private final WorkerRegistry registry;
    private final JobPostings postings;
    private final Applications applications;
    private final Fairs fairs;
    private final MessageSource messages;

    MyJobSearchController(
            WorkerRegistry registry,
            JobPostings postings,
            Applications applications,
            Fairs fairs,
            MessageSource messages) {
        this.registry = registry;
        this.postings = postings;
        this.applications = applications;
        this.fairs = fairs;
        this.messages = messages;
    }

    @GetMapping("/postings")
    String postings(Model model) {
        WorkerRecord me = registry.find(Me.worker());
        model.addAttribute("postings", PostingsSection.fitting(postings, me, POSTINGS_SHOWN));
        model.addAttribute("wantsNothing", me.wantedJobs().isEmpty());
        return "fairs/me-postings";
    }

    @GetMapping("/postings/{id}")
    String posting(@PathVariable String id, Model model) {
        WorkerId me = Me.worker();
        JobPostingView posting = postings.find(postingId(id));
        model.addAttribute("posting", posting);
        model.addAttribute("open", posting.acceptsApplicationsOn(BureauTime.today()));
        model.addAttribute(
                "myApplication",
                applications.ofWorker(me).stream()
                        .filter(application -> application.posting().equals(posting.id()))
                        .filter(application -> application.status().isActive())
                        .findFirst()
                        .orElse(null));
        return "fairs/me-posting";
    }

    /** Applied through the fair the worker signed up for, when the posting is offered there. */
    @PostMapping("/postings/{id}/apply")
    String apply(@PathVariable String id, RedirectAttributes redirect) {
        WorkerId me = Me.worker();
        JobPostingId posting = postingId(id);
        return answer(
                redirect,
                "/me/postings/" + id,
                "me.applied",
                () -> applications.apply(me, posting, fairOffering(me, posting).orElse(null)));
    }

    @PostMapping("/applications/{id}/{answer:accept|decline|withdraw}")
    String answerOffer(@PathVariable String id, @PathVariable String answer, RedirectAttributes redirect) {
        Me.worker();
        ApplicationId application = applicationId(id);
        return answer(redirect, "/me#applications", "me.answered." + answer, () -> switch (answer) {
            case "accept" -> applications.accept(application);
            case "decline" -> applications.decline(application);
            default -> applications.withdraw(application);
        });
    }

    /** Done: back to the page with a word of confirmation. Refused: back where they were, saying why. */
    private String answer(RedirectAttributes redirect, String back, String done, Supplier<ApplicationView> step) {
        try {
            step.get();
            redirect.addFlashAttribute("flash", messages.getMessage(done, null, LocaleContextHolder.getLocale()));
            return "redirect:" + ("me.answered.accept".equals(done) ? "/me#placement" : "/me#applications");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refusals", Refusals.all(refused, messages));
            return "redirect:" + back;
        }
    }

    private Optional<FairId> fairOffering(WorkerId me, JobPostingId posting) {
        List<WorkerSignUp> signUps = fairs.signUpsOf(me);
        return signUps.stream()
                .map(signUp -> signUp.fair())
                .filter(fair -> fair.acceptsApplicationsOn(BureauTime.today()))
                .filter(fair -> fairs.postingsAt(fair.id()).contains(posting))
                .map(fair -> fair.id())
                .findFirst();
    }

    private static JobPostingId postingId(String id) {
        return JobPostingId.parse(id).orElseThrow(() -> new RecordNotFoundException("posting", id));
    }

    private static ApplicationId applicationId(String id) {
        return ApplicationId.parse(id).orElseThrow(() -> new RecordNotFoundException("application", id));
    }
}
