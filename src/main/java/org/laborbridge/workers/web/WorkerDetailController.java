package org.laborbridge.workers.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One worker's record and history, with what other modules have for them (their subsidies, for
 * one). Numbers stay masked until someone asks for one on purpose; the registry audits that and
 * refuses roles that may not.
 */
@Controller
class WorkerDetailController {

    private final WorkerRegistry registry;
    private final MessageSource messages;
    private final List<WorkerPageSection> sections;

    WorkerDetailController(WorkerRegistry registry, MessageSource messages, List<WorkerPageSection> sections) {
        this.registry = registry;
        this.messages = messages;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(WorkerPageSection::position))
                .toList();
    }

    @GetMapping("/workers/{id}")
    String detail(@PathVariable String id, Model model, Locale locale) {
        WorkerId workerId = WorkerPaths.workerId(id);
        WorkerRecord worker = registry.find(workerId);
        model.addAttribute("worker", worker);
        model.addAttribute("skills", names(Catalogue.skills(), worker.skills(), locale));
        model.addAttribute("wantedJobs", names(Catalogue.jobTypes(), worker.wantedJobs(), locale));
        model.addAttribute("timeline", new TimelineWording(messages, locale).lines(registry.timeline(workerId)));
        model.addAttribute("mayReveal", registry.mayReveal() && !worker.fullIdentity());
        model.addAttribute("mayEdit", registry.mayRegister());
        model.addAttribute("mayConfirm", mayConfirm(worker));
        model.addAttribute("sections", sections(worker));
        return "workers/detail";
    }

    @PostMapping("/workers/{id}/reveal")
    String reveal(@PathVariable String id, @RequestParam String field, Model model) {
        WorkerId workerId = WorkerPaths.workerId(id);
        String value = switch (field) {
            case "residentId" -> registry.revealResidentId(workerId);
            case "phone" -> registry.revealPhone(workerId);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        model.addAttribute("field", field);
        model.addAttribute("value", value);
        return "workers/fragments :: revealed";
    }

    @PostMapping("/workers/{id}/confirm-poor-status")
    String confirmPoorStatus(@PathVariable String id, Locale locale, RedirectAttributes redirect) {
        WorkerRecord worker = registry.confirmPoorStatus(WorkerPaths.workerId(id));
        redirect.addFlashAttribute("flash", messages.getMessage("worker.poor.confirmed.flash", null, locale));
        return "redirect:/workers/" + worker.id();
    }

    private List<SectionView> sections(WorkerRecord worker) {
        return sections.stream()
                .map(section -> new SectionView(section.fragment(), section.data(worker)))
                .filter(view -> !view.data().isEmpty())
                .toList();
    }

    /** Only a partner vouches for their own region's poor households, and only once. */
    private static boolean mayConfirm(WorkerRecord worker) {
        Caller caller = Callers.current();
        return caller.is(Role.PARTNER)
                && worker.registeredPoor()
                && !worker.poorConfirmed()
                && worker.householdRegion() != null
                && caller.coversRegion(worker.householdRegion().code());
    }

    private static List<String> names(Catalogue catalogue, List<String> codes, Locale locale) {
        return codes.stream().map(code -> catalogue.name(code, locale)).toList();
    }

    record SectionView(String fragment, Map<String, Object> data) {}
}
