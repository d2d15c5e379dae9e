package org.laborbridge.identity.audit;

import java.util.List;
import org.laborbridge.identity.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' audit log page; access is limited to ADMIN by the security configuration. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    static final List<String> KNOWN_ACTIONS = List.of(
            AuditLog.LOGIN,
            AuditLog.LOGIN_FAILED,
            AuditLog.VIEW_FULL_RESIDENT_ID,
            AuditLog.VIEW_FULL_PHONE,
            AuditLog.EXPORT);

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(
            @ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", trail.find(filter, page, PAGE_SIZE));
        model.addAttribute("knownActions", KNOWN_ACTIONS);
        return "identity/audit";
    }
}
