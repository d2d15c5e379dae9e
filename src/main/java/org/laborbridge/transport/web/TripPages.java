package org.laborbridge.transport.web;

import java.util.List;
import java.util.Map;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.web.Refusals;
import org.laborbridge.transport.TransportMode;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.forms.PathIds;
import org.laborbridge.transport.forms.TripFields;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trip list with its filters, and the form that plans one vehicle or changes it while it is
 * PLANNED. A refused form comes back with each reason under its field.
 */
@Controller
class TripPages {

    private final Trips trips;
    private final MessageSource messages;

    TripPages(Trips trips, MessageSource messages) {
        this.trips = trips;
        this.messages = messages;
    }

    @GetMapping("/transport")
    String list(@ModelAttribute("filter") TripFilter filter, Model model) {
        model.addAttribute("trips", trips.search(filter.toQuery()));
        model.addAttribute("statuses", TripStatus.values());
        model.addAttribute("modes", TransportMode.values());
        model.addAttribute("mayPlan", trips.mayPlan());
        return "transport/list";
    }

    @GetMapping("/transport/new")
    String newForm(Model model) {
        if (!trips.mayPlan()) {
            throw new AccessDeniedException("Only bureau staff and partners plan trips");
        }
        return form(model, TripFields.blank(), null, Map.of());
    }

    @PostMapping("/transport")
    ModelAndView plan(@ModelAttribute TripFields fields, Model model, RedirectAttributes redirect) {
        try {
            TripView planned = trips.plan(fields.toForm());
            Flash.say(redirect, messages, "transport.page.flash.planned");
            return new ModelAndView("redirect:/transport/" + planned.id());
        } catch (InvalidInputException invalid) {
            return refused(model, fields, null, invalid);
        }
    }

    @GetMapping("/transport/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        TripView trip = trips.find(PathIds.trip(id));
        if (!trips.mayChange(trip)) {
            throw new AccessDeniedException("Only those who run this trip change it");
        }
        return form(model, TripFields.of(trip), trip, Map.of());
    }

    @PostMapping("/transport/{id}")
    ModelAndView change(
            @PathVariable String id, @ModelAttribute TripFields fields, Model model, RedirectAttributes redirect) {
        TripId trip = PathIds.trip(id);
        try {
            trips.change(trip, fields.toForm());
            Flash.say(redirect, messages, "transport.page.flash.changed");
            return new ModelAndView("redirect:/transport/" + trip);
        } catch (InvalidInputException invalid) {
            return refused(model, fields, trips.find(trip), invalid);
        }
    }

    private ModelAndView refused(Model model, TripFields fields, TripView existing, InvalidInputException invalid) {
        form(model, fields, existing, Refusals.byField(invalid, messages));
        ModelAndView page = new ModelAndView("transport/form", model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    private static String form(Model model, TripFields fields, TripView existing, Map<String, List<String>> errors) {
        model.addAttribute("form", fields);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("modes", TransportMode.values());
        return "transport/form";
    }
}
