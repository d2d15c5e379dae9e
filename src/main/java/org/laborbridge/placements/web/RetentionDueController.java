package org.laborbridge.placements.web;

import java.time.LocalDate;
import org.laborbridge.placements.PlacementQuery;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A caseworker's to-do list of retention follow-ups. It shows by default what may be recorded
 * today: everything due up to the grace days ahead, overdue first.
 */
@Controller
class RetentionDueController {

    private final Placements placements;

    RetentionDueController(Placements placements) {
        this.placements = placements;
    }

    @GetMapping("/placements/due")
    String due(@RequestParam(required = false) String until, @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate typed = FormDates.dayOrNull(until);
        LocalDate upTo = typed == null ? BureauTime.today().plusDays(Placements.RETENTION_GRACE_DAYS) : typed;
        model.addAttribute("until", upTo);
        model.addAttribute("due", placements.dueChecks(upTo, page, PlacementQuery.DEFAULT_SIZE));
        model.addAttribute("mayRecord", placements.mayRecordRetentions());
        return "placements/due";
    }
}
