package org.laborbridge.transport.web;

import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.transport.planner.TripPlanning;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every transport page needs to know of its reader: whether they may open the demand list
 * and the planner (the tabs), and which workers' and placements' pages their names may link to.
 */
@ControllerAdvice(basePackageClasses = TransportPageAdvice.class)
class TransportPageAdvice {

    private final TripPlanning planning;

    TransportPageAdvice(TripPlanning planning) {
        this.planning = planning;
    }

    @ModelAttribute("mayUsePlanner")
    boolean mayUsePlanner() {
        return Callers.find().isPresent() && planning.mayPlan();
    }

    @ModelAttribute("opens")
    RecordLinks opens() {
        return Callers.find().map(RecordLinks::new).orElse(RecordLinks.NONE);
    }

    /** Workers have no demand list of their own: their trip is on their phone page. */
    @ModelAttribute("maySeeDemands")
    boolean maySeeDemands() {
        return Callers.find().map(caller -> !caller.is(Role.WORKER)).orElse(false);
    }
}
