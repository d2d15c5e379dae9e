package org.laborbridge.employers.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.EmployerView;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingPageSection;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.workers.Education;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An enterprise's job postings: the draft and edit form, and each posting with its status buttons. */
@Controller
@RequestMapping("/employers/{employerId}/postings")
class PostingPages {

    private static final String FORM = "employers/posting-form";

    private final Employers employers;
    private final JobPostings postings;
    private final FormErrors errors;
    private final PostingWording choices;
    private final List<PostingPageSection> sections;

    PostingPages(
            Employers employers,
            JobPostings postings,
            FormErrors errors,
            PostingWording choices,
            List<PostingPageSection> sections) {
        this.employers = employers;
        this.postings = postings;
        this.errors = errors;
        this.choices = choices;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PostingPageSection::position))
                .toList();
    }

    @GetMapping("/new")
    String newForm(@PathVariable String employerId, Model model, Locale locale) {
        EmployerView employer = actableEmployer(employerId);
        PostingFields fields = PostingFields.startingIn(employer.region().value(), BureauTime.today());
        model.addAllAttributes(formModel(employer, null, fields, Map.of(), locale));
        return FORM;
    }

    @PostMapping
    ModelAndView draft(
            @PathVariable String employerId,
            @ModelAttribute PostingFields fields,
            Locale locale,
            RedirectAttributes redirect) {
        EmployerView employer = actableEmployer(employerId);
        try {
            JobPostingView drafted = postings.draft(employer.id(), fields.toForm());
            return saved(drafted, "employers.flash.drafted", locale, redirect);
        } catch (InvalidInputException refused) {
            return refused(employer, null, fields, refused, locale);
        }
    }

    @GetMapping("/{postingId}")
    String detail(@PathVariable String employerId, @PathVariable String postingId, Model model) {
        JobPostingView posting = posting(employerId, postingId);
        boolean mayAct = employers.mayActFor(posting.employerId());
        model.addAttribute("posting", posting);
        model.addAttribute("choices", choices);
        model.addAttribute("mayAct", mayAct);
        model.addAttribute("today", BureauTime.today());
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(section -> new EmployerPages.SectionView(section.fragment(), section.data(posting)))
                        .filter(view -> !view.data().isEmpty())
                        .toList());
        return "employers/posting";
    }

    @GetMapping("/{postingId}/edit")
    String editForm(@PathVariable String employerId, @PathVariable String postingId, Model model, Locale locale) {
        JobPostingView posting = actablePosting(employerId, postingId);
        EmployerView employer = employers.find(posting.employerId());
        model.addAllAttributes(formModel(employer, posting, PostingFields.of(posting), Map.of(), locale));
        return FORM;
    }

    @PostMapping("/{postingId}")
    ModelAndView change(
            @PathVariable String employerId,
            @PathVariable String postingId,
            @ModelAttribute PostingFields fields,
            Locale locale,
            RedirectAttributes redirect) {
        JobPostingView posting = actablePosting(employerId, postingId);
        try {
            return saved(postings.change(posting.id(), fields.toForm()), "employers.flash.changed", locale, redirect);
        } catch (InvalidInputException refused) {
            return refused(employers.find(posting.employerId()), posting, fields, refused, locale);
        }
    }

    @PostMapping("/{postingId}/publish")
    ModelAndView publish(
            @PathVariable String employerId,
            @PathVariable String postingId,
            Locale locale,
            RedirectAttributes redirect) {
        return act(employerId, postingId, "employers.flash.published", locale, redirect, postings::publish);
    }

    @PostMapping("/{postingId}/close")
    ModelAndView close(
            @PathVariable String employerId,
            @PathVariable String postingId,
            Locale locale,
            RedirectAttributes redirect) {
        return act(employerId, postingId, "employers.flash.closed", locale, redirect, postings::close);
    }

    /** A status button: on refusal the reason is shown on the posting's page. */
    private ModelAndView act(
            String employerId,
            String postingId,
            String flashKey,
            Locale locale,
            RedirectAttributes redirect,
            Function<JobPostingId, JobPostingView> action) {
        JobPostingView posting = posting(employerId, postingId);
        try {
            return saved(action.apply(posting.id()), flashKey, locale, redirect);
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "refusal",
                    errors.byField(refused, locale).values().stream()
                            .flatMap(List::stream)
                            .toList());
            return new ModelAndView(EmployerPaths.posting(posting.employerId(), posting.id()));
        }
    }

    /** The posting must belong to the enterprise in the address, or it is not there. */
    private JobPostingView posting(String employerId, String postingId) {
        EmployerId employer = EmployerPaths.employerId(employerId);
        JobPostingView posting = postings.find(EmployerPaths.postingId(postingId));
        if (!posting.employerId().equals(employer)) {
            throw new RecordNotFoundException("jobPosting", postingId);
        }
        return posting;
    }

    private JobPostingView actablePosting(String employerId, String postingId) {
        JobPostingView posting = posting(employerId, postingId);
        requireActingFor(posting.employerId());
        return posting;
    }

    private EmployerView actableEmployer(String employerId) {
        EmployerView employer = employers.find(EmployerPaths.employerId(employerId));
        requireActingFor(employer.id());
        return employer;
    }

    private void requireActingFor(EmployerId employer) {
        if (!employers.mayActFor(employer)) {
            throw new AccessDeniedException("May not act for employer " + employer);
        }
    }

    private Map<String, Object> formModel(
            EmployerView employer,
            JobPostingView existing,
            PostingFields fields,
            Map<String, List<String>> fieldErrors,
            Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("employer", employer);
        model.put("existing", existing);
        model.put("form", fields);
        model.put("errors", fieldErrors);
        model.put("jobTypes", choices.jobTypes(locale));
        model.put("skills", choices.skills(locale));
        model.put("educations", Education.values());
        return model;
    }

    private ModelAndView saved(JobPostingView posting, String flashKey, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", errors.message(flashKey, locale, posting.title()));
        return new ModelAndView(EmployerPaths.posting(posting.employerId(), posting.id()));
    }

    private ModelAndView refused(
            EmployerView employer,
            JobPostingView existing,
            PostingFields fields,
            InvalidInputException refused,
            Locale locale) {
        ModelAndView page =
                new ModelAndView(FORM, formModel(employer, existing, fields, errors.byField(refused, locale), locale));
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }
}
