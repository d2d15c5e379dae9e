package org.laborbridge.identity.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log as JSON for administrators' tools; access is limited to ADMIN by the security configuration. */
@RestController
class AuditEventsController {

    private final AuditTrail trail;

    AuditEventsController(AuditTrail trail) {
        this.trail = trail;
    }

    record AuditEventsResponse(List<AuditEvent> items, long total) {}

    @GetMapping("/api/v1/audit-events")
    AuditEventsResponse auditEvents(
            @ModelAttribute AuditFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        AuditEvents events = trail.find(filter, page, size);
        return new AuditEventsResponse(events.items(), events.total());
    }
}
