package org.laborbridge.transport.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.transport.DemandForm;
import org.laborbridge.transport.DemandId;
import org.laborbridge.transport.DemandPage;
import org.laborbridge.transport.DemandQuery;
import org.laborbridge.transport.DemandView;
import org.laborbridge.transport.TransportDemands;
import org.laborbridge.transport.trips.RegionFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DemandService implements TransportDemands, OpenDemands {

    static final String SUBJECT = "transportDemand";

    private final DemandRows rows;
    private final DemandNames names;
    private final Placements placements;
    private final DemandTimeline timeline;

    DemandService(DemandRows rows, DemandNames names, Placements placements, DemandTimeline timeline) {
        this.rows = rows;
        this.names = names;
        this.placements = placements;
        this.timeline = timeline;
    }

    /**
     * The placement is read in the caller's sight, so one out of their scope answers 404 as if
     * it did not exist; its worker, employer, place and start date make the demand's terms.
     */
    @Override
    @Transactional
    public DemandView record(DemandForm form) {
        Caller caller = Callers.current();
        if (!DemandAccess.mayRecord(caller)) {
            throw new AccessDeniedException("Transport demands are recorded by the bureau and partner staff");
        }
        if (form == null || form.placement() == null) {
            throw DemandRefusals.refused("placement", "REQUIRED");
        }
        PlacementView placement = placements.find(form.placement());
        if (placement.status() == PlacementStatus.LEFT) {
            throw DemandRefusals.refused("placement", "LEFT", placement.leftOn().toString());
        }
        TransportDemand demand = TransportDemand.record(
                new TransportDemand.Terms(
                        placement.id(),
                        placement.worker(),
                        placement.householdCounty(),
                        placement.employer(),
                        placement.workRegion(),
                        placement.startDate()),
                details(form),
                caller.username(),
                now(),
                BureauTime.today());
        if (!rows.insertUnlessWaiting(demand)) {
            throw DemandRefusals.refused("placement", "DUPLICATE");
        }
        timeline.opened(demand);
        return names.view(demand);
    }

    @Override
    @Transactional
    public DemandView change(DemandId id, DemandForm form) {
        TransportDemand demand = loadForChange(id);
        if (form == null) {
            throw DemandRefusals.refused("latest", "REQUIRED");
        }
        if (form.placement() != null && !form.placement().equals(demand.terms().placement())) {
            // A demand belongs to one placement for life; another placement is another demand.
            throw DemandRefusals.refused("placement", "CHANGED");
        }
        demand.change(details(form), BureauTime.today());
        rows.update(demand);
        timeline.changed(demand);
        return names.view(demand);
    }

    @Override
    @Transactional
    public DemandView cancel(DemandId id, String reason) {
        TransportDemand demand = loadForChange(id);
        demand.cancel(reason);
        rows.update(demand);
        timeline.cancelled(demand);
        return names.view(demand);
    }

    @Override
    public DemandView find(DemandId id) {
        Caller caller = Callers.current();
        return rows.find(id)
                .filter(demand -> DemandAccess.maySee(caller, demand.reach()))
                .map(names::view)
                .orElseThrow(() -> notFound(id));
    }

    @Override
    public DemandPage search(DemandQuery query) {
        Caller caller = Callers.current();
        if (!DemandAccess.mayList(caller)) {
            throw new AccessDeniedException("A worker's own trip is on their trips page");
        }
        DemandScope scope = DemandScope.of(caller);
        List<String> conditions = new ArrayList<>(List.of(scope.condition()));
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (query.status() != null) {
            conditions.add("status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.region() != null && !query.region().isBlank()) {
            conditions.add("household_county like :region");
            parameters.put("region", regionPrefix(query.region()) + "%");
        }
        if (query.placement() != null) {
            conditions.add("placement_id = :placement");
            parameters.put("placement", query.placement().value());
        }
        List<Violation> outOfRange = new ArrayList<>();
        DemandWindowRule.sane(query.from(), "from").ifPresent(outOfRange::add);
        DemandWindowRule.sane(query.to(), "to").ifPresent(outOfRange::add);
        if (!outOfRange.isEmpty()) {
            throw new InvalidInputException(outOfRange);
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw DemandRefusals.refused("to", "REVERSED", query.from().toString());
        }
        if (query.from() != null) {
            conditions.add("latest >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            conditions.add("earliest <= :to");
            parameters.put("to", query.to());
        }
        int size = query.size() < 1 || query.size() > DemandQuery.MAX_SIZE ? DemandQuery.DEFAULT_SIZE : query.size();
        int page = Math.max(0, query.page());
        String condition = String.join(" and ", conditions);
        return new DemandPage(
                names.views(rows.select(condition, parameters, size, (long) page * size)),
                rows.count(condition, parameters),
                page,
                size);
    }

    @Override
    public boolean mayRecord() {
        return Callers.find().map(DemandAccess::mayRecord).orElse(false);
    }

    @Override
    public List<PlannableDemand> overlapping(LocalDate from, LocalDate to, String region, boolean lock) {
        String prefix = region == null || region.isBlank() ? "" : regionPrefix(region);
        List<TransportDemand> open = rows.openOverlapping(from, to, prefix, lock);
        List<DemandView> views = names.views(open);
        List<PlannableDemand> plannable = new ArrayList<>(open.size());
        for (int i = 0; i < open.size(); i++) {
            plannable.add(new PlannableDemand(views.get(i), open.get(i).state().version()));
        }
        return plannable;
    }

    /** Out of sight answers like missing (404); in sight but not theirs to change answers 403. */
    private TransportDemand loadForChange(DemandId id) {
        Caller caller = Callers.current();
        TransportDemand demand = rows.findForUpdate(id)
                .filter(found -> DemandAccess.maySee(caller, found.reach()))
                .orElseThrow(() -> notFound(id));
        if (!DemandAccess.mayChange(caller, demand.reach())) {
            throw new AccessDeniedException("Not allowed to change transport demand " + id);
        }
        return demand;
    }

    private static TransportDemand.Details details(DemandForm form) {
        return new TransportDemand.Details(form.earliest(), form.latest(), form.gatheringPoint(), form.note());
    }

    /** A region at any level as the prefix of its counties' codes: 433100 → 4331, 430000 → 43. */
    static String regionPrefix(String region) {
        return RegionFilter.prefixOf(region)
                .orElseThrow(() -> new InvalidInputException(DemandRefusals.violation("region", "FORMAT")));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static RecordNotFoundException notFound(DemandId id) {
        return new RecordNotFoundException(SUBJECT, id);
    }
}
