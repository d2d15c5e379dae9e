package org.laborbridge.transport.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandPage;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.DemandStatus;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.forms.PathIds;
import org.laborbridge.transport.forms.TripFields;
import org.laborbridge.transport.forms.TypedFields;
import org.laborbridge.workers.WorkerId;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One trip: its data, batch and steps, the manifest with each traveller's checks, boarding and
 * hand-over, and the panel that adds travellers from the open demands of the trip's batch region. Every
 * action posts and comes back here; a refusal shows the page again (422) with the reasons next to
 * the form or manifest line that failed, and nothing changed.
 */
@Controller
@RequestMapping("/transport/{id}")
class TripDetailPage {

    static final String TRIP_FORM = "trip";
    static final String ADD_FORM = "add";

    private final Trips trips;
    private final TransportDemands demands;
    private final MessageSource messages;

    TripDetailPage(Trips trips, TransportDemands demands, MessageSource messages) {
        this.trips = trips;
        this.demands = demands;
        this.messages = messages;
    }

    /** {@code candidates} is the page (from 0) of the add panel's list. */
    @GetMapping
    ModelAndView detail(@PathVariable String id, @RequestParam(defaultValue = "0") int candidates) {
        return page(PathIds.trip(id), null, candidates);
    }

    @PostMapping("/boarding")
    ModelAndView startBoarding(@PathVariable String id, RedirectAttributes redirect) {
        return tripAction(id, redirect, "transport.page.flash.boarding", trips::startBoarding);
    }

    @PostMapping("/departure")
    ModelAndView depart(
            @PathVariable String id, @RequestParam(required = false) String at, RedirectAttributes redirect) {
        return tripAction(id, redirect, "transport.page.flash.departed", trip -> trips.depart(trip, required(at)));
    }

    @PostMapping("/arrival")
    ModelAndView arrive(
            @PathVariable String id, @RequestParam(required = false) String at, RedirectAttributes redirect) {
        return tripAction(id, redirect, "transport.page.flash.arrived", trip -> trips.arrive(trip, required(at)));
    }

    @PostMapping("/close")
    ModelAndView close(@PathVariable String id, RedirectAttributes redirect) {
        return tripAction(id, redirect, "transport.page.flash.closed", trips::close);
    }

    @PostMapping("/cancel")
    ModelAndView cancel(
            @PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return tripAction(id, redirect, "transport.page.flash.cancelled", trip -> trips.cancel(trip, reason));
    }

    /** The checked demands go on the manifest all or nothing; a refusal names the row's worker. */
    @PostMapping("/travellers")
    ModelAndView addTravellers(
            @PathVariable String id,
            @RequestParam(name = "placement", required = false) List<String> chosen,
            RedirectAttributes redirect) {
        TripId trip = PathIds.trip(id);
        List<String> placements = chosen == null ? List.of() : chosen;
        try {
            TypedFields typed = new TypedFields();
            List<PlacementId> ids = typed.placements(placements, "placements");
            typed.check();
            int added = trips.addTravellers(trip, ids).size();
            Flash.say(redirect, messages, "transport.page.flash.added", added);
            return back(trip, ADD_FORM);
        } catch (InvalidInputException invalid) {
            return page(trip, Refused.of(ADD_FORM, invalid, messages, rowNames(invalid, placements)), 0);
        }
    }

    @PostMapping("/travellers/{worker}/remove")
    ModelAndView remove(@PathVariable String id, @PathVariable String worker, RedirectAttributes redirect) {
        return lineAction(id, worker, redirect, "transport.page.flash.removed", (trip, traveller) -> {
            trips.removeTraveller(trip, traveller);
            return null;
        });
    }

    @PostMapping("/travellers/{worker}/checks")
    ModelAndView recordCheck(
            @PathVariable String id,
            @PathVariable String worker,
            @RequestParam(required = false) String check,
            @RequestParam(defaultValue = "false") boolean passed,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return lineAction(
                id,
                worker,
                redirect,
                "transport.page.flash.checked",
                (trip, traveller) -> trips.recordCheck(trip, traveller, check, passed, note));
    }

    @PostMapping("/travellers/{worker}/board")
    ModelAndView board(@PathVariable String id, @PathVariable String worker, RedirectAttributes redirect) {
        return lineAction(id, worker, redirect, "transport.page.flash.boarded", trips::board);
    }

    @PostMapping("/travellers/{worker}/no-show")
    ModelAndView noShow(@PathVariable String id, @PathVariable String worker, RedirectAttributes redirect) {
        return lineAction(id, worker, redirect, "transport.page.flash.noShow", trips::markNoShow);
    }

    @PostMapping("/travellers/{worker}/hand-over")
    ModelAndView handOver(
            @PathVariable String id,
            @PathVariable String worker,
            @RequestParam(required = false) String employer,
            @RequestParam(required = false) String receivedBy,
            RedirectAttributes redirect) {
        return lineAction(id, worker, redirect, "transport.page.flash.handedOver", (trip, traveller) -> {
            TypedFields typed = new TypedFields();
            EmployerId to = typed.id(employer, "employer", EmployerId::parse);
            typed.check();
            return trips.handOver(trip, traveller, to, receivedBy);
        });
    }

    @FunctionalInterface
    private interface LineAction {
        Object apply(TripId trip, WorkerId worker);
    }

    private ModelAndView tripAction(
            String id, RedirectAttributes redirect, String flashKey, Function<TripId, TripView> action) {
        TripId trip = PathIds.trip(id);
        try {
            action.apply(trip);
            Flash.say(redirect, messages, flashKey);
            return back(trip, TRIP_FORM);
        } catch (InvalidInputException invalid) {
            return page(trip, Refused.of(TRIP_FORM, invalid, messages), 0);
        }
    }

    private ModelAndView lineAction(
            String id, String worker, RedirectAttributes redirect, String flashKey, LineAction action) {
        TripId trip = PathIds.trip(id);
        WorkerId traveller = PathIds.traveller(worker);
        try {
            action.apply(trip, traveller);
            Flash.say(redirect, messages, flashKey);
            return back(trip, lineForm(traveller));
        } catch (InvalidInputException invalid) {
            return page(trip, Refused.of(lineForm(traveller), invalid, messages), 0);
        }
    }

    private ModelAndView page(TripId id, Refused refused, int candidatesPage) {
        Manifest manifest = trips.manifest(id);
        TripView trip = manifest.trip();
        TripActions actions = TripActions.of(trip, trips);
        ModelAndView page = new ModelAndView("transport/detail");
        page.addObject("trip", trip);
        page.addObject("manifest", manifest);
        page.addObject("lines", LineView.of(manifest));
        page.addObject("actions", actions);
        page.addObject("candidates", actions.changeManifest() ? candidates(trip, candidatesPage) : null);
        page.addObject("refused", refused);
        page.addObject("departureNow", TripFields.localInput(Instant.now()));
        page.addObject("departureDay", BureauTime.dateOf(trip.plannedDeparture()));
        page.setStatus(refused == null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT);
        return page;
    }

    /**
     * Open demands the trip could carry: workers from anywhere in its batch region (the partner
     * region or prefecture the trip's batch is numbered in, not just the origin county) whose
     * travel window contains the planned departure day, earliest window first, a page at a time.
     */
    private DemandPage candidates(TripView trip, int page) {
        LocalDate departure = BureauTime.dateOf(trip.plannedDeparture());
        return demands.search(new DemandQuery(
                DemandStatus.OPEN,
                trip.batchRegion().value(),
                departure,
                departure,
                Math.max(0, page),
                DemandQuery.DEFAULT_SIZE,
                null));
    }

    /** The workers of the posted rows a refusal is about, by their demand, for its wording. */
    private Map<Integer, String> rowNames(InvalidInputException invalid, List<String> placements) {
        Map<Integer, String> rows = new HashMap<>();
        for (Violation violation : invalid.violations()) {
            Integer row = violation.row();
            if (row != null && row >= 1 && row <= placements.size()) {
                rows.put(row, workerOf(placements.get(row - 1)).orElse("#" + row));
            }
        }
        return rows;
    }

    private Optional<String> workerOf(String placement) {
        return PlacementId.parse(placement == null ? "" : placement)
                .flatMap(id -> demands.search(new DemandQuery(null, null, null, null, 0, 1, id)).items().stream()
                        .findFirst())
                .map(DemandView::workerName);
    }

    private static LocalDateTime required(String at) {
        TypedFields typed = new TypedFields();
        LocalDateTime time = typed.requiredTime(at, "at");
        typed.check();
        return time;
    }

    static String lineForm(WorkerId worker) {
        return "line-" + worker;
    }

    private static ModelAndView back(TripId trip, String anchor) {
        return new ModelAndView("redirect:/transport/" + trip + "#" + anchor);
    }
}
