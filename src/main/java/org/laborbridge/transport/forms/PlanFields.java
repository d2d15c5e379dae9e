package org.laborbridge.transport.forms;

import java.time.LocalDate;
import org.laborbridge.transport.planner.PlanRequest;

/** The planner's window and region as typed, on the page and in the API; a malformed day is refused by field. */
public record PlanFields(String from, String to, String region) {

    public PlanRequest toRequest() {
        TypedFields typed = new TypedFields();
        LocalDate first = typed.day(from, "from");
        LocalDate last = typed.day(to, "to");
        typed.check();
        return new PlanRequest(first, last, region == null || region.isBlank() ? null : region.strip());
    }
}
