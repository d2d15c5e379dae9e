package org.laborbridge.workers.imports;

import org.laborbridge.identity.Callers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The upload page: the form, the progress bar and the per-row report are driven by worker-imports.js over the API. */
@Controller
class WorkerImportPage {

    @GetMapping("/workers/imports")
    String imports(Model model) {
        if (!WorkerImports.mayImport(Callers.current())) {
            throw new AccessDeniedException("Only bureau staff and partners import workers");
        }
        model.addAttribute(
                "languages",
                ImportLanguages.ALL.stream().map(ImportLanguages::tag).toList());
        model.addAttribute("modes", ImportMode.values());
        return "workers/imports";
    }
}
