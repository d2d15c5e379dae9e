package org.laborbridge.fairs.applications.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.ApplicationId;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.applications.web.StepForms.InterviewFields;
import org.laborbridge.fairs.applications.web.StepForms.OfferFields;
import org.laborbridge.fairs.applications.web.StepForms.RejectFields;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.shared.web.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One application with its steps, and the buttons for the steps the viewer may take now: the
 * employer's interview, offer and rejection, or a caseworker passing on the worker's answer. The
 * service decides what is allowed; a refusal is shown beside the form that was sent.
 */
@Controller
class ApplicationDetailController {

    private final Applications applications;
    private final JobPostings postings;
    private final Fairs fairs;
    private final MessageSource messages;

    ApplicationDetailController(Applications applications, JobPostings postings, Fairs fairs, MessageSource messages) {
        this.applications = applications;
        this.postings = postings;
        this.fairs = fairs;
        this.messages = messages;
    }

    @GetMapping("/applications/{id}")
    String detail(@PathVariable String id, Model model, Locale locale) {
        return page(applications.find(applicationId(id)), model, locale);
    }

    @PostMapping("/applications/{id}/interview")
    String interview(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String at,
            @RequestParam(defaultValue = "") String note,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ApplicationId application = applicationId(id);
        InterviewFields fields = new InterviewFields(at, note);
        model.addAttribute("interview", fields);
        return attempt(
                application,
                () -> applications.inviteToInterview(application, fields.time(), fields.note()),
                model,
                locale,
                redirect);
    }

    @PostMapping("/applications/{id}/offer")
    String offer(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String startDate,
            @RequestParam(defaultValue = "") String contractMonths,
            @RequestParam(defaultValue = "") String monthlyWage,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ApplicationId application = applicationId(id);
        OfferFields fields = new OfferFields(startDate, contractMonths, monthlyWage);
        model.addAttribute("offer", fields);
        return attempt(application, () -> applications.offer(application, fields.terms()), model, locale, redirect);
    }

    @PostMapping("/applications/{id}/reject")
    String reject(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ApplicationId application = applicationId(id);
        model.addAttribute("reject", new RejectFields(reason));
        return attempt(application, () -> applications.reject(application, reason), model, locale, redirect);
    }

    @PostMapping("/applications/{id}/{answer:accept|decline|withdraw}")
    String answer(
            @PathVariable String id,
            @PathVariable String answer,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        ApplicationId application = applicationId(id);
        Supplier<ApplicationView> step = switch (answer) {
            case "accept" -> () -> applications.accept(application);
            case "decline" -> () -> applications.decline(application);
            default -> () -> applications.withdraw(application);
        };
        return attempt(application, step, model, locale, redirect);
    }

    private String attempt(
            ApplicationId id, Supplier<ApplicationView> step, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            ApplicationView moved = step.get();
            redirect.addFlashAttribute(
                    "flash", messages.getMessage("application.flash." + moved.status(), null, locale));
            return "redirect:/applications/" + id;
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", messagesByField(refused.violations(), locale));
            return page(applications.find(id), model, locale);
        }
    }

    private String page(ApplicationView application, Model model, Locale locale) {
        Set<ApplicationStatus> next = applications.nextStepsFor(application);
        // Not "application": Thymeleaf reserves that name for the servlet context.
        model.addAttribute("app", application);
        model.addAttribute("next", next);
        model.addAttribute("jobTypeName", Catalogue.jobTypes().name(application.jobType(), locale));
        model.addAttribute(
                "fairName",
                application.fair() == null
                        ? null
                        : fairs.find(application.fair()).name());
        // Employers know applicants only through their applications, not through the registry.
        model.addAttribute("mayOpenWorker", !Callers.current().is(Role.EMPLOYER));
        if (next.contains(ApplicationStatus.OFFERED)) {
            JobPostingView posting = postings.find(application.posting());
            model.addAttribute("posting", posting);
            if (!model.containsAttribute("offer")) {
                model.addAttribute("offer", OfferFields.proposedFor(posting));
            }
        }
        if (!model.containsAttribute("interview")) {
            model.addAttribute("interview", InterviewFields.EMPTY);
        }
        if (!model.containsAttribute("reject")) {
            model.addAttribute("reject", RejectFields.EMPTY);
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "applications/detail";
    }

    private Map<String, String> messagesByField(List<Violation> violations, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        Refusals.byField(violations, messages, locale)
                .forEach((field, reasons) -> byField.put(field, String.join(" ", reasons)));
        return byField;
    }

    private static ApplicationId applicationId(String id) {
        return ApplicationId.parse(id).orElseThrow(() -> new RecordNotFoundException("application", id));
    }
}
