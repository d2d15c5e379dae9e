package org.laborbridge.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The navigation already names every module of the product; until a module is built its entry
 * says so plainly instead of showing made-up screens. A module that ships its own pages takes
 * its name out of the pattern below.
 */
@Controller
class ComingModulesController {

    @GetMapping("/{module:matching}")
    String coming(@PathVariable String module, Model model) {
        model.addAttribute("module", module);
        return "shared/coming";
    }
}
