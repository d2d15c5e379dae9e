package org.laborbridge.transport.web;

import java.util.List;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.forms.PlanFields;
import org.laborbridge.transport.planner.PlanProposal;
import org.laborbridge.transport.planner.PlanRequest;
import org.laborbridge.transport.planner.TripPlanning;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planner: a travel window and a region give a proposal to review (each vehicle, why each
 * departure travels as it does, who could not be planned); Confirm posts the proposal's
 * fingerprint, so only the plan that was read becomes trips.
 */
@Controller
@RequestMapping("/transport/planner")
class PlannerPage {

    private final TripPlanning planning;
    private final MessageSource messages;

    PlannerPage(TripPlanning planning, MessageSource messages) {
        this.planning = planning;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView propose(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String region) {
        mayPlan();
        if (from == null && to == null) {
            return page(from, to, region, null, null);
        }
        try {
            return page(from, to, region, planning.propose(new PlanFields(from, to, region).toRequest()), null);
        } catch (InvalidInputException invalid) {
            return page(from, to, region, null, Refused.of("plan", invalid, messages));
        }
    }

    @PostMapping("/confirm")
    ModelAndView confirm(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String fingerprint,
            RedirectAttributes redirect) {
        mayPlan();
        try {
            PlanRequest request = new PlanFields(from, to, region).toRequest();
            List<TripView> created = planning.confirm(request, fingerprint);
            Flash.say(redirect, messages, "transport.page.flash.confirmed", created.size());
            // Ids only: the flash rides in the session, and the list marks these rows as new.
            redirect.addFlashAttribute(
                    "created",
                    created.stream().map(trip -> trip.id().toString()).toList());
            // The list filtered to the plan's window and region, so the new trips are on its first
            // page however many later trips are planned.
            return new ModelAndView("redirect:/transport?"
                    + FilterParameters.of("status", "PLANNED", "from", from, "to", to, "region", region)
                            .atPage(0));
        } catch (InvalidInputException invalid) {
            return page(from, to, region, null, Refused.of("plan", invalid, messages));
        }
    }

    private ModelAndView page(String from, String to, String region, PlanProposal proposal, Refused refused) {
        ModelAndView page = new ModelAndView("transport/planner");
        page.addObject("from", from);
        page.addObject("to", to);
        page.addObject("region", region);
        page.addObject("proposal", proposal);
        page.addObject("refused", refused);
        page.setStatus(refused == null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private void mayPlan() {
        if (!planning.mayPlan()) {
            throw new AccessDeniedException("Only bureau staff plan trips");
        }
    }
}
