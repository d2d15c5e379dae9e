package org.laborbridge.placements.web;

import java.util.List;
import org.laborbridge.employers.EmployerView;
import org.laborbridge.employers.Employers;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.Placements;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Placements in the caller's scope: the bureau's and partners' overview, an employer's hires. */
@Controller
class PlacementListController {

    /** Enough enterprises for the filter's choice list; more than that, and one filters by the enterprise's page. */
    private static final int EMPLOYER_CHOICES = 100;

    private final Placements placements;
    private final Employers employers;

    PlacementListController(Placements placements, Employers employers) {
        this.placements = placements;
        this.employers = employers;
    }

    @GetMapping("/placements")
    String list(@ModelAttribute("filter") PlacementFilter filter, Model model) {
        model.addAttribute("placements", placements.search(filter.toQuery()));
        model.addAttribute("statuses", PlacementStatus.values());
        model.addAttribute("employerChoices", employerChoices());
        model.addAttribute("mayFollowUp", placements.mayFollowUp());
        return "placements/list";
    }

    /** Only those who may browse the enterprise register (bureau, partners) choose among enterprises. */
    private List<EmployerView> employerChoices() {
        return placements.mayFollowUp()
                ? employers.search(null, 0, EMPLOYER_CHOICES).items()
                : List.of();
    }
}
