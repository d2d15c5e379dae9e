package org.laborbridge.workers.web;

import java.util.Locale;
import org.laborbridge.workers.DuplicateDecision;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Records that look like one person under two IDs, for a caseworker to merge or keep apart. */
@Controller
class DuplicatesController {

    static final int SHOWN = 50;

    private final WorkerRegistry registry;
    private final MessageSource messages;

    DuplicatesController(WorkerRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/workers/duplicates")
    String duplicates(Model model) {
        model.addAttribute("duplicates", registry.possibleDuplicates(SHOWN));
        return "workers/duplicates";
    }

    @PostMapping("/workers/duplicates")
    String decide(
            @RequestParam String first,
            @RequestParam String second,
            @RequestParam DuplicateDecision decision,
            Locale locale,
            RedirectAttributes redirect) {
        registry.decideDuplicate(WorkerPaths.workerId(first), WorkerPaths.workerId(second), decision);
        redirect.addFlashAttribute("flash", messages.getMessage("workers.duplicates.decided.flash", null, locale));
        return "redirect:/workers/duplicates";
    }
}
