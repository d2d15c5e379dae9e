package org.laborbridge.workers.web;

import org.laborbridge.workers.Situation;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The registry's list: a plain GET form that htmx upgrades to live results. The registry checks
 * who may search and narrows the rows to the caller's scope.
 */
@Controller
class WorkerListController {

    private final WorkerRegistry registry;

    WorkerListController(WorkerRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/workers")
    String list(
            @ModelAttribute("filter") WorkerFilter filter,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
            Model model) {
        model.addAttribute("workers", registry.search(filter.toQuery()));
        model.addAttribute("situations", Situation.values());
        model.addAttribute("sorts", WorkerQuery.SORTS);
        model.addAttribute("mayRegister", registry.mayRegister());
        // A live search replaces only the results, so the box being typed in keeps its focus; going
        // back in history needs the whole page again.
        return htmx == null || restore != null ? "workers/list" : "workers/list :: results";
    }
}
