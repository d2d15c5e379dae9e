package org.laborbridge.transport.web;

import java.util.List;
import java.util.Map;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.DemandPage;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.WorkerTrip;
import org.laborbridge.transport.forms.DemandFields;
import org.laborbridge.transport.forms.PathIds;
import org.laborbridge.transport.forms.TypedFields;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who needs transport, one list for the origin and the destination. The form records a demand for
 * a placement, named by its id or found through the worker's resident ID number (the way partner
 * staff know people), with the week before the start proposed as the travel window; the same form
 * changes an OPEN demand.
 */
@Controller
@RequestMapping("/transport/demands")
class DemandPages {

    private final TransportDemands demands;
    private final Trips trips;
    private final Placements placements;
    private final WorkerRegistry registry;
    private final MessageSource messages;

    DemandPages(
            TransportDemands demands,
            Trips trips,
            Placements placements,
            WorkerRegistry registry,
            MessageSource messages) {
        this.demands = demands;
        this.trips = trips;
        this.placements = placements;
        this.registry = registry;
        this.messages = messages;
    }

    /**
     * Filtered by a placement (the link from the placement's page), the list also names the trips
     * that placement's worker rides for it.
     */
    @GetMapping
    String list(@ModelAttribute("filter") DemandFilter filter, Model model) {
        DemandQuery query = filter.toQuery();
        DemandPage found = demands.search(query);
        model.addAttribute("demands", found);
        model.addAttribute("placementTrips", query.placement() == null ? List.of() : tripsOf(query.placement(), found));
        model.addAttribute("statuses", DemandStatus.values());
        model.addAttribute("mayRecord", demands.mayRecord());
        return "transport/demands";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String placement, Model model) {
        mayRecord();
        DemandFields fields = PlacementId.parse(placement == null ? "" : placement)
                .map(placements::find)
                .map(DemandFields::proposedFor)
                .orElse(DemandFields.blank());
        model.addAttribute("found", List.of());
        return form(model, fields, null, Map.of());
    }

    /**
     * Finds the placements of the worker with this resident ID number. Posted, not a query
     * string: a full ID number in an address ends up in browser histories and proxy logs.
     */
    @PostMapping("/new/search")
    String search(@RequestParam(required = false) String residentId, Model model) {
        mayRecord();
        model.addAttribute("residentId", residentId);
        model.addAttribute("found", placementsOf(residentId, model));
        return form(model, DemandFields.blank(), null, Map.of());
    }

    @PostMapping
    ModelAndView record(@ModelAttribute DemandFields fields, Model model, RedirectAttributes redirect) {
        try {
            demands.record(fields.toForm());
            Flash.say(redirect, messages, "transport.page.flash.demandRecorded");
            return new ModelAndView("redirect:/transport/demands");
        } catch (InvalidInputException invalid) {
            return refused(model, fields, null, invalid);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        mayRecord();
        DemandView demand = demands.find(PathIds.demand(id));
        return form(model, DemandFields.of(demand), demand, Map.of());
    }

    /** Changes the window, pick-up point or note of an OPEN demand; its placement stays. */
    @PostMapping("/{id}")
    ModelAndView change(
            @PathVariable String id, @ModelAttribute DemandFields fields, Model model, RedirectAttributes redirect) {
        mayRecord();
        DemandView demand = demands.find(PathIds.demand(id));
        DemandFields kept = fields.forPlacement(demand.placement());
        try {
            demands.change(demand.id(), kept.toForm());
            Flash.say(redirect, messages, "transport.page.flash.demandChanged");
            return new ModelAndView("redirect:/transport/demands?placement=" + demand.placement());
        } catch (InvalidInputException invalid) {
            return refused(model, kept, demand, invalid);
        }
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        DemandId demand = PathIds.demand(id);
        try {
            demands.cancel(demand, reason);
            Flash.say(redirect, messages, "transport.page.flash.demandCancelled");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("problems", Refusals.all(invalid, messages));
        }
        return "redirect:/transport/demands";
    }

    /** The worker's current placements, when a valid number of someone in the caller's sight was typed. */
    private List<PlacementView> placementsOf(String residentId, Model model) {
        if (residentId == null || residentId.isBlank()) {
            return List.of();
        }
        TypedFields typed = new TypedFields();
        ResidentId number = typed.residentId(residentId, "residentId");
        try {
            typed.check();
        } catch (InvalidInputException invalid) {
            model.addAttribute("searchProblems", Refusals.all(invalid, messages));
            return List.of();
        }
        List<PlacementView> current = registry.findByResidentId(number).map(WorkerSummary::id).stream()
                .flatMap(worker -> placements.ofWorker(worker).stream())
                .filter(placement -> placement.status() != PlacementStatus.LEFT)
                .toList();
        model.addAttribute("searched", true);
        return current;
    }

    /** The trips the worker of the placement's demands rides for it, in the reader's sight. */
    private List<TripView> tripsOf(PlacementId placement, DemandPage found) {
        return found.items().stream()
                .map(DemandView::worker)
                .distinct()
                .flatMap(worker -> trips.ofWorker(worker).stream())
                .filter(mine -> placement.equals(mine.line().placement()))
                .map(WorkerTrip::trip)
                .toList();
    }

    private ModelAndView refused(Model model, DemandFields fields, DemandView existing, InvalidInputException invalid) {
        model.addAttribute("found", List.of());
        form(model, fields, existing, Refusals.byField(invalid, messages));
        ModelAndView page = new ModelAndView("transport/demand-form", model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    /** {@code existing} is the demand being changed, null for a new one. */
    private String form(Model model, DemandFields fields, DemandView existing, Map<String, List<String>> errors) {
        model.addAttribute("form", fields);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        return "transport/demand-form";
    }

    private void mayRecord() {
        if (!demands.mayRecord()) {
            throw new AccessDeniedException("Only bureau and partner staff record transport demands");
        }
    }
}
