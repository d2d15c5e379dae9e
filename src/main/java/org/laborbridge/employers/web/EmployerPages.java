package org.laborbridge.employers.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.employers.EmployerForm;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.EmployerPageSection;
import org.laborbridge.employers.EmployerView;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise list, register form and detail page; an EMPLOYER is taken to their own enterprise.
 * The detail page also shows what other modules have for the enterprise (its subsidies, for one).
 */
@Controller
@RequestMapping("/employers")
class EmployerPages {

    static final int PAGE_SIZE = 20;
    private static final String FORM = "employers/form";

    private final Employers employers;
    private final JobPostings postings;
    private final FormErrors errors;
    private final PostingWording choices;
    private final List<EmployerPageSection> sections;

    EmployerPages(
            Employers employers,
            JobPostings postings,
            FormErrors errors,
            PostingWording choices,
            List<EmployerPageSection> sections) {
        this.employers = employers;
        this.postings = postings;
        this.errors = errors;
        this.choices = choices;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(EmployerPageSection::position))
                .toList();
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        if (Callers.current().is(Role.EMPLOYER)) {
            return employers.ofCurrentCaller().map(EmployerPaths::detail).orElse("employers/unlinked");
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("employers", employers.search(q, page, PAGE_SIZE));
        model.addAttribute("mayRegister", employers.mayRegister());
        return htmx == null ? "employers/list" : "employers/list :: results";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        checkMayRegister();
        return form(model, new EmployerForm("", "", "", "", "", "", ""), null, Map.of());
    }

    @PostMapping
    ModelAndView register(@ModelAttribute EmployerForm form, Locale locale, RedirectAttributes redirect) {
        checkMayRegister();
        try {
            EmployerView registered = employers.register(form);
            return saved(registered, "employers.flash.registered", locale, redirect);
        } catch (InvalidInputException refused) {
            return refused(form, null, refused, locale);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        EmployerId employerId = EmployerPaths.employerId(id);
        EmployerView employer = employers.find(employerId);
        model.addAttribute("employer", employer);
        model.addAttribute("postings", postings.search(PostingQuery.ofEmployer(employerId)));
        model.addAttribute("mayAct", employers.mayActFor(employerId));
        model.addAttribute("choices", choices);
        model.addAttribute("mayVerify", employers.mayRegister() && !employer.verified());
        model.addAttribute("mayLinkAccount", Callers.current().is(Role.ADMIN));
        model.addAttribute("sections", sections(employer));
        return "employers/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        EmployerView employer = actable(EmployerPaths.employerId(id));
        EmployerForm form = new EmployerForm(
                employer.creditCode(),
                employer.name(),
                employer.industry(),
                employer.region().value(),
                employer.address(),
                employer.contactName(),
                employer.contactPhone());
        return form(model, form, employer, Map.of());
    }

    @PostMapping("/{id}")
    ModelAndView change(
            @PathVariable String id, @ModelAttribute EmployerForm form, Locale locale, RedirectAttributes redirect) {
        EmployerView existing = actable(EmployerPaths.employerId(id));
        try {
            return saved(employers.change(existing.id(), form), "employers.flash.changed", locale, redirect);
        } catch (InvalidInputException refused) {
            return refused(form, existing, refused, locale);
        }
    }

    @PostMapping("/{id}/verification")
    String verify(@PathVariable String id, Locale locale, RedirectAttributes redirect) {
        EmployerView verified = employers.verify(EmployerPaths.employerId(id));
        redirect.addFlashAttribute("flash", errors.message("employers.flash.verified", locale, verified.name()));
        return EmployerPaths.detail(verified.id());
    }

    @PostMapping("/{id}/accounts")
    String linkAccount(
            @PathVariable String id,
            @RequestParam(required = false) String username,
            Locale locale,
            RedirectAttributes redirect) {
        EmployerId employer = EmployerPaths.employerId(id);
        try {
            employers.linkAccount(employer, username);
            redirect.addFlashAttribute(
                    "flash", errors.message("employers.flash.accountLinked", locale, username.strip()));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "accountErrors", errors.byField(refused, locale).get("username"));
        }
        return EmployerPaths.detail(employer);
    }

    private List<SectionView> sections(EmployerView employer) {
        return sections.stream()
                .map(section -> new SectionView(section.fragment(), section.data(employer)))
                .filter(view -> !view.data().isEmpty())
                .toList();
    }

    /** Seen first, so that another enterprise answers 404 and a reader without rights 403. */
    private EmployerView actable(EmployerId id) {
        EmployerView employer = employers.find(id);
        if (!employers.mayActFor(id)) {
            throw new AccessDeniedException("May not change employer " + id);
        }
        return employer;
    }

    private void checkMayRegister() {
        if (!employers.mayRegister()) {
            throw new AccessDeniedException("Only bureau staff register enterprises");
        }
    }

    private static String form(
            Model model, EmployerForm form, EmployerView existing, Map<String, List<String>> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", fieldErrors);
        return FORM;
    }

    private ModelAndView saved(EmployerView employer, String flashKey, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", errors.message(flashKey, locale, employer.name()));
        return new ModelAndView(EmployerPaths.detail(employer.id()));
    }

    private ModelAndView refused(
            EmployerForm form, EmployerView existing, InvalidInputException refused, Locale locale) {
        ModelAndView page = new ModelAndView(FORM);
        page.addObject("form", form);
        page.addObject("existing", existing);
        page.addObject("errors", errors.byField(refused, locale));
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    record SectionView(String fragment, Map<String, Object> data) {}
}
