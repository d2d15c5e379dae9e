package org.laborbridge.transport.planner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.demand.OpenDemands;
import org.laborbridge.transport.demand.OpenDemands.PlannableDemand;
import org.laborbridge.transport.planning.ModeTariff;
import org.laborbridge.transport.planning.TravelWindow;
import org.laborbridge.transport.planning.Traveller;
import org.laborbridge.transport.planning.TripPlan;
import org.laborbridge.transport.planning.TripPlanner;
import org.laborbridge.transport.planning.TripProposal;
import org.laborbridge.transport.trips.BatchRegions;
import org.laborbridge.transport.trips.TravellerLocks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open demands in, a proposal out; confirmed, the same proposal becomes trips. Each demand is one
 * traveller from their household county to the county of their work, free to travel on any day
 * of their window that has not passed; a window wholly in the past cannot be planned and is
 * listed as unplanned for a caseworker to move.
 */
@Service
@Transactional(readOnly = true)
class PlanningService implements TripPlanning {

    /** Chartered vehicles leave in the morning so that they arrive in daylight the next day. */
    static final LocalTime DEPARTURE = LocalTime.of(8, 0);

    private final OpenDemands demands;
    private final Trips trips;
    private final BatchRegions batchRegions;
    private final TravellerLocks travellerLocks;
    private final PlannerSettings settings;
    private final PlanningWindowRule window = new PlanningWindowRule();
    private final RegionDirectory directory = RegionDirectory.standard();

    PlanningService(
            OpenDemands demands,
            Trips trips,
            BatchRegions batchRegions,
            TravellerLocks travellerLocks,
            PlannerSettings settings) {
        this.demands = demands;
        this.trips = trips;
        this.batchRegions = batchRegions;
        this.travellerLocks = travellerLocks;
        this.settings = settings;
    }

    @Override
    public PlanProposal propose(PlanRequest request) {
        requirePlanner();
        requireValid(request);
        return plan(request, false);
    }

    /**
     * The demands are read locked, so nobody changes them between the fingerprint check and the
     * last traveller listed; every trip and line is created in this one transaction, and the trips'
     * events mark the demands PLANNED in it too.
     */
    @Override
    @Transactional
    public List<TripView> confirm(PlanRequest request, String fingerprint) {
        requirePlanner();
        requireValid(request);
        if (fingerprint == null || fingerprint.isBlank()) {
            throw PlannerRefusals.refused("fingerprint", "REQUIRED");
        }
        // The travellers' trip locks before their demand rows, in the order listing takes them
        // (worker, then its demand through the TravellerListed listener): a caseworker adding one
        // of them by hand meanwhile then waits for this confirmation, or it for them, never both.
        // A demand opened after this read changes the fingerprint, so it is refused as STALE.
        travellerLocks.lock(demands.overlapping(request.from(), request.to(), request.region(), false).stream()
                .map(open -> open.demand().worker())
                .toList());
        PlanProposal proposal = plan(request, true);
        if (!proposal.fingerprint().equals(fingerprint.strip())) {
            throw PlannerRefusals.refused("fingerprint", "STALE");
        }
        Map<BatchKey, Integer> batches = new HashMap<>();
        List<TripView> confirmed = new ArrayList<>();
        List<ProposedTrip> vehicles = proposal.trips().stream()
                .sorted(Comparator.comparing((ProposedTrip t) -> t.proposal().travelDay())
                        .thenComparing(t -> t.proposal().route()))
                .toList();
        for (ProposedTrip vehicle : vehicles) {
            TripProposal planned = vehicle.proposal();
            BatchKey batch =
                    new BatchKey(batchRegions.of(planned.route().origin(), planned.travelDay()), planned.travelDay());
            TripView trip = trips.plan(form(vehicle, batches.get(batch)));
            batches.putIfAbsent(batch, trip.batchNo());
            trips.addTravellers(
                    trip.id(),
                    vehicle.travellers().stream().map(DemandView::placement).toList());
            confirmed.add(trips.find(trip.id()));
        }
        return confirmed;
    }

    @Override
    public boolean mayPlan() {
        return Callers.find()
                .map(caller -> caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER))
                .orElse(false);
    }

    private PlanProposal plan(PlanRequest request, boolean lock) {
        LocalDate today = BureauTime.today();
        List<PlannableDemand> open = demands.overlapping(request.from(), request.to(), request.region(), lock);
        List<ModeTariff> tariffs = settings.modeTariffs();
        Map<UUID, DemandView> byId = open.stream()
                .map(PlannableDemand::demand)
                .collect(Collectors.toMap(d -> d.id().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<UnplannedDemand> unplanned = new ArrayList<>();
        List<Traveller> travellers = new ArrayList<>();
        for (DemandView demand : byId.values()) {
            traveller(demand, today)
                    .ifPresentOrElse(
                            travellers::add,
                            () -> unplanned.add(new UnplannedDemand(demand, UnplannedDemand.WINDOW_PASSED)));
        }
        TripPlan plan = new TripPlanner(tariffs).plan(travellers);
        plan.unplanned().forEach(id -> unplanned.add(new UnplannedDemand(byId.get(id), UnplannedDemand.NO_MODE)));
        List<ProposedTrip> proposed = plan.trips().stream()
                .map(trip -> new ProposedTrip(
                        trip,
                        name(trip.route().origin()),
                        name(trip.route().destination()),
                        trip.travellers().stream().map(byId::get).toList()))
                .toList();
        int carried = plan.trips().stream().mapToInt(t -> t.travellers().size()).sum();
        return new PlanProposal(
                request,
                PlanFingerprint.of(today, request, open, tariffs),
                proposed,
                plan.departures(),
                unplanned,
                tariffs,
                plan.totalCost(),
                carried);
    }

    /** Days of the window already gone are not offered; a window wholly gone is no traveller. */
    private static Optional<Traveller> traveller(DemandView demand, LocalDate today) {
        return TravelWindow.of(demand.earliest(), demand.latest())
                .fromToday(today)
                .map(window -> Traveller.of(
                        demand.id().value(), RegionCode.of(demand.householdCounty()), demand.workRegion(), window));
    }

    private TripForm form(ProposedTrip vehicle, Integer batchNo) {
        TripProposal planned = vehicle.proposal();
        LocalDateTime departure = planned.travelDay().atTime(DEPARTURE);
        return new TripForm(
                planned.mode(),
                null,
                null,
                planned.route().origin(),
                gatheringPoint(vehicle),
                List.of(planned.route().destination()),
                departure,
                departure.plus(settings.duration(planned.mode())),
                planned.seats(),
                planned.cost(),
                batchNo);
    }

    /** Where most of the vehicle's travellers asked to be picked up, else the county town. */
    private static String gatheringPoint(ProposedTrip vehicle) {
        return vehicle.travellers().stream()
                .map(DemandView::gatheringPoint)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(vehicle.originName());
    }

    private String name(RegionCode code) {
        return directory.find(code).map(Region::name).orElse(code.value());
    }

    private void requirePlanner() {
        if (!mayPlan()) {
            throw new AccessDeniedException("The trip planner is for bureau caseworkers");
        }
    }

    private void requireValid(PlanRequest request) {
        List<Violation> violations = window.check(request, BureauTime.today());
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private record BatchKey(RegionCode region, LocalDate day) {}
}
