package org.laborbridge.workers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.AlreadyRegisteredException;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.LaborCapacity;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering and correcting a worker. The registry decides what is valid and who may write;
 * this controller only shows its answer next to the fields, in the reader's language.
 */
@Controller
class WorkerFormController {

    private final WorkerRegistry registry;
    private final MessageSource messages;

    WorkerFormController(WorkerRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/workers/new")
    String newWorker(Model model, Locale locale) {
        if (!registry.mayRegister()) {
            throw new AccessDeniedException("Registering workers is not part of this role");
        }
        return form(WorkerFields.blank(), null, model, locale);
    }

    @PostMapping("/workers")
    String register(@ModelAttribute WorkerFields fields, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            WorkerRecord saved = registry.register(fields.toForm());
            return saved(saved, "worker.form.registered.flash", locale, redirect);
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", messagesByField(invalid.violations(), locale));
        } catch (AlreadyRegisteredException taken) {
            model.addAttribute("alreadyRegistered", true);
            model.addAttribute("existing", taken.existing().orElse(null));
        }
        return form(fields, null, model, locale);
    }

    @GetMapping("/workers/{id}/edit")
    String edit(@PathVariable String id, Model model, Locale locale) {
        WorkerId workerId = WorkerPaths.workerId(id);
        registry.find(workerId);
        if (!registry.mayRegister()) {
            throw new AccessDeniedException("Changing workers is not part of this role");
        }
        // Whoever corrects an ID must see it; the registry audits this full view.
        WorkerRecord worker = registry.findInFull(workerId);
        return form(WorkerFields.of(worker), worker, model, locale);
    }

    @PostMapping("/workers/{id}")
    String change(
            @PathVariable String id,
            @ModelAttribute WorkerFields fields,
            @RequestParam(required = false) Integer version,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        WorkerId workerId = WorkerPaths.workerId(id);
        try {
            WorkerRecord saved = registry.change(workerId, fields.toForm(), version);
            return saved(saved, "worker.form.changed.flash", locale, redirect);
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", messagesByField(invalid.violations(), locale));
        } catch (AlreadyRegisteredException taken) {
            model.addAttribute("alreadyRegistered", true);
            model.addAttribute("existing", taken.existing().orElse(null));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            model.addAttribute("stale", true);
        }
        return form(fields, registry.find(workerId), model, locale);
    }

    /** The live check while an ID is typed; also proposes the household county when none is set. */
    @GetMapping("/workers/resident-id-check")
    String checkResidentId(
            @RequestParam(defaultValue = "") String residentId,
            @RequestParam(required = false) String householdRegion,
            Model model,
            Locale locale) {
        ResidentIdCheck check = ResidentIdCheck.of(residentId, messages, locale).orElse(null);
        model.addAttribute("check", check);
        boolean propose = check != null
                && check.proposedCounty() != null
                && (householdRegion == null || householdRegion.isBlank());
        model.addAttribute("proposeHousehold", propose);
        model.addAttribute("household", propose ? check.proposedCounty() : householdRegion);
        return "workers/form :: residentIdCheck";
    }

    private String saved(WorkerRecord saved, String flashKey, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.getMessage(flashKey, new Object[] {saved.name()}, locale));
        return "redirect:/workers/" + saved.id();
    }

    private String form(WorkerFields fields, WorkerRecord existingRecord, Model model, Locale locale) {
        model.addAttribute("fields", fields);
        model.addAttribute("worker", existingRecord);
        model.addAttribute(
                "check",
                ResidentIdCheck.of(fields.residentId(), messages, locale).orElse(null));
        model.addAttribute("household", fields.householdRegion());
        model.addAttribute("proposeHousehold", false);
        model.addAttribute("skillChoices", Choice.of(Catalogue.skills(), locale));
        model.addAttribute("jobChoices", Choice.of(Catalogue.jobTypes(), locale));
        model.addAttribute("educations", Education.values());
        model.addAttribute("capacities", LaborCapacity.values());
        model.addAttribute("situations", Situation.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "workers/form";
    }

    private Map<String, List<String>> messagesByField(List<Violation> violations, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Violation violation : violations) {
            String message = messages.getMessage(
                    violation.messageKey(), violation.arguments().toArray(), violation.messageKey(), locale);
            byField.computeIfAbsent(violation.field(), field -> new java.util.ArrayList<>())
                    .add(message);
        }
        return byField;
    }
}
