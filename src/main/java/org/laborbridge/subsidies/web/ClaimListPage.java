package org.laborbridge.subsidies.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.applications.ClaimDesk;
import org.laborbridge.subsidies.catalogue.CatalogueShelf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The claims in the reader's scope with their filters, the caseworker's queue of claims to review
 * and the approver's of claims to approve, and how many claims stand at each status.
 */
@Controller
class ClaimListPage {

    private final SubsidyApplications applications;
    private final ClaimDesk desk;
    private final CatalogueShelf catalogue;

    ClaimListPage(SubsidyApplications applications, ClaimDesk desk, CatalogueShelf catalogue) {
        this.applications = applications;
        this.desk = desk;
        this.catalogue = catalogue;
    }

    @GetMapping("/subsidies")
    String list(@ModelAttribute("filter") ClaimFilter filter, Model model) {
        var caller = Callers.current();
        model.addAttribute("claims", applications.search(filter.toQuery()));
        Map<String, Long> counts = new LinkedHashMap<>();
        desk.countByStatus().forEach((status, count) -> counts.put(status.name(), count));
        model.addAttribute("counts", counts);
        model.addAttribute("statuses", ApplicationStatus.values());
        boolean staff = caller.role().isBureauStaff() || caller.is(Role.PARTNER);
        model.addAttribute("policies", staff ? catalogue.latestOfEach() : java.util.List.of());
        model.addAttribute("reviewQueue", caller.is(Role.CASEWORKER) || caller.is(Role.ADMIN));
        model.addAttribute("approveQueue", caller.is(Role.APPROVER));
        return "subsidies/list";
    }
}
