package org.laborbridge.transport.trips;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.transport.Manifest;
import org.laborbridge.transport.ManifestLine;
import org.laborbridge.transport.TravellerShare;
import org.laborbridge.transport.TripFigure;
import org.laborbridge.transport.TripForm;
import org.laborbridge.transport.TripId;
import org.laborbridge.transport.TripModeFigure;
import org.laborbridge.transport.TripPage;
import org.laborbridge.transport.TripQuery;
import org.laborbridge.transport.TripStatus;
import org.laborbridge.transport.TripView;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.WorkerTrip;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TripService implements Trips {

    static final String SUBJECT = "trip";

    private final TripRows rows;
    private final TripViews views;
    private final TripTimeline timeline;
    private final ManifestWorkbook workbook;
    private final ApplicationEventPublisher events;
    private final Placements placements;
    private final PartnerRegions partnerRegions;
    private final AuditLog audit;
    private final PreDepartureChecks checks;
    private final TripSearch search;
    private final TripBatches batches;
    private final TripFigures figures;
    private final RegionDirectory directory = RegionDirectory.standard();
    private final OverlappingTripRule overlapRule = new OverlappingTripRule();

    TripService(
            TripRows rows,
            TripViews views,
            TripTimeline timeline,
            ManifestWorkbook workbook,
            ApplicationEventPublisher events,
            Placements placements,
            PartnerRegions partnerRegions,
            AuditLog audit,
            TripSearch search,
            TripBatches batches,
            TripFigures figures,
            @Value("${laborbridge.transport.pre-departure-checks:" + PreDepartureChecks.DEFAULT + "}")
                    List<String> preDepartureChecks) {
        this.rows = rows;
        this.views = views;
        this.timeline = timeline;
        this.workbook = workbook;
        this.events = events;
        this.placements = placements;
        this.partnerRegions = partnerRegions;
        this.audit = audit;
        this.search = search;
        this.batches = batches;
        this.figures = figures;
        this.checks = new PreDepartureChecks(preDepartureChecks);
    }

    @Override
    @Transactional
    public TripView plan(TripForm form) {
        Caller caller = Callers.current();
        if (!TripAccess.mayPlan(caller)) {
            throw new AccessDeniedException("Only bureau and partner staff plan trips");
        }
        TripDetails details = details(form, caller);
        Actor actor = actor();
        Trip trip =
                Trip.plan(TripId.random(), batches.batchFor(details, form.batchNo(), null, actor.by()), details, actor);
        rows.insert(trip, actor.by());
        publish(trip);
        return views.view(trip);
    }

    @Override
    @Transactional
    public TripView change(TripId id, TripForm form) {
        Caller caller = Callers.current();
        Trip trip = loadForChange(
                id, (who, found) -> TripAccess.mayChange(who, found.details().origin()));
        if (trip.status() != TripStatus.PLANNED) {
            throw Refusals.refused("status", "NOT_PLANNED", Wording.of(trip.status()));
        }
        TripDetails details = details(form, caller);
        Actor actor = actor();
        Batch batch = batches.batchFor(details, form.batchNo(), trip.batch(), actor.by());
        if (!details.planned().equals(trip.details().planned())) {
            List<WorkerId> travellers =
                    trip.activeLines().stream().map(Line::worker).toList();
            rows.lockWorkers(travellers);
            for (WorkerId worker : travellers) {
                overlapRule
                        .check("plannedDeparture", trip.id(), details.planned(), rows.heldBy(worker))
                        .ifPresent(violation -> {
                            throw new InvalidInputException(violation);
                        });
            }
        }
        trip.change(batch, details, region -> details.servesWorkRegion(region, directory));
        return save(trip);
    }

    @Override
    public TripView find(TripId id) {
        return views.view(visible(id));
    }

    @Override
    public TripPage search(TripQuery query) {
        return search.search(query);
    }

    @Override
    public Manifest manifest(TripId id) {
        Trip trip = visible(id);
        return manifestOf(trip, false);
    }

    @Override
    @Transactional
    public Manifest manifestInFull(TripId id) {
        Trip trip = visible(id);
        boolean full = TripAccess.mayReveal(Callers.current(), trip.details().origin());
        Manifest manifest = manifestOf(trip, full);
        if (full) {
            audit.record(
                    AuditLog.VIEW_FULL_RESIDENT_ID,
                    SUBJECT,
                    id.toString(),
                    "manifest travellers=" + manifest.lines().size() + " (ID and phone numbers)");
        }
        return manifest;
    }

    @Override
    @Transactional
    public void exportManifest(TripId id, Locale locale, OutputStream out) {
        Trip trip = visible(id);
        boolean full = TripAccess.mayReveal(Callers.current(), trip.details().origin());
        Manifest manifest = manifestOf(trip, full);
        // Audited before writing: whatever is streamed has left the building even if the download breaks off.
        audit.record(
                AuditLog.EXPORT,
                SUBJECT,
                id.toString(),
                "format=xlsx full=" + full + " rows=" + manifest.lines().size());
        workbook.write(manifest, locale == null ? Locale.SIMPLIFIED_CHINESE : locale, out);
    }

    @Override
    @Transactional
    public ManifestLine addTraveller(TripId id, PlacementId placement) {
        return add(id, List.of(placement), false).get(0);
    }

    @Override
    @Transactional
    public List<ManifestLine> addTravellers(TripId id, List<PlacementId> placementIds) {
        if (placementIds == null || placementIds.isEmpty()) {
            throw Refusals.refused("placements", "REQUIRED");
        }
        // Refused before the trip is locked and any placement read: no vehicle seats more, and
        // an endless list would hold the trip's lock while it is read one placement at a time.
        if (placementIds.size() > TripDetails.MAX_SEATS) {
            throw Refusals.refused("placements", "TOO_MANY", TripDetails.MAX_SEATS);
        }
        return add(id, placementIds, true);
    }

    @Override
    @Transactional
    public void removeTraveller(TripId id, WorkerId worker) {
        Trip trip = loadForChange(id, TripService::mayChange);
        trip.remove(worker, actor());
        save(trip);
    }

    @Override
    @Transactional
    public ManifestLine recordCheck(TripId id, WorkerId worker, String check, boolean passed, String note) {
        Trip trip = loadForChange(id, TripService::mayChange);
        trip.requireManifestOpen();
        Line line = trip.recordCheck(worker, checks.require(check), passed, note, actor());
        save(trip);
        return views.line(line, false);
    }

    @Override
    @Transactional
    public TripView startBoarding(TripId id) {
        Trip trip = loadForChange(id, TripService::mayChange);
        trip.startBoarding(actor());
        return save(trip);
    }

    @Override
    @Transactional
    public ManifestLine board(TripId id, WorkerId worker) {
        Trip trip = loadForChange(id, TripService::mayChange);
        Line line = trip.board(worker, checks, actor());
        save(trip);
        return views.line(line, false);
    }

    @Override
    @Transactional
    public ManifestLine markNoShow(TripId id, WorkerId worker) {
        Trip trip = loadForChange(id, TripService::mayChange);
        Line line = trip.markNoShow(worker);
        save(trip);
        return views.line(line, false);
    }

    @Override
    @Transactional
    public TripView depart(TripId id, LocalDateTime at) {
        Trip trip = loadForChange(id, TripService::mayChange);
        Actor actor = actor();
        trip.depart(instant(at), actor.at(), actor);
        return save(trip);
    }

    @Override
    @Transactional
    public TripView arrive(TripId id, LocalDateTime at) {
        Trip trip = loadForChange(id, (caller, found) -> TripAccess.mayArrive(caller));
        Actor actor = actor();
        LocalDate departureDay = BureauTime.dateOf(trip.details().planned().departure());
        trip.arrive(
                instant(at),
                actor.at(),
                county -> partnerRegions.hasFlag(
                        RegionCode.of(county), PartnerFlag.CHARTER_FULLY_SUBSIDISED, departureDay),
                actor);
        return save(trip);
    }

    @Override
    @Transactional
    public ManifestLine handOver(TripId id, WorkerId worker, EmployerId employer, String receivedBy) {
        Caller caller = Callers.current();
        Trip trip = loadForChange(id, TripAccess::mayHandOver);
        // An employer learns nothing of travellers who are not their hires, not even that they are aboard.
        boolean readable = trip.activeLine(worker)
                .map(line -> TripAccess.mayReadLine(caller, trip, line))
                .orElse(false);
        if (!readable) {
            throw Refusals.refused("worker", "NOT_ON_MANIFEST");
        }
        Line line = trip.handOver(worker, employer, receivedBy, actor());
        save(trip);
        return views.line(line, false);
    }

    @Override
    @Transactional
    public TripView close(TripId id) {
        Trip trip = loadForChange(id, (caller, found) -> TripAccess.mayArrive(caller));
        trip.close(actor());
        return save(trip);
    }

    @Override
    @Transactional
    public TripView cancel(TripId id, String reason) {
        Trip trip = loadForChange(id, TripService::mayChange);
        trip.cancel(reason, actor());
        return save(trip);
    }

    @Override
    public List<TravellerShare> shares(TripId id) {
        Caller caller = Callers.current();
        Trip trip = visible(id);
        if (trip.status() != TripStatus.ARRIVED && trip.status() != TripStatus.HANDED_OVER) {
            return List.of();
        }
        return trip.activeLines().stream()
                .filter(line -> line.state().share() != null)
                .filter(line -> TripAccess.mayReadLine(caller, trip, line))
                .sorted(Comparator.comparing(line -> line.worker().toString()))
                .map(line -> {
                    Line.Traveller traveller = line.traveller();
                    return new TravellerShare(
                            traveller.worker(),
                            traveller.householdCounty(),
                            traveller.placement(),
                            traveller.employer(),
                            line.state().share(),
                            line.state().charterFullySubsidised());
                })
                .toList();
    }

    @Override
    public List<WorkerTrip> ofWorker(WorkerId worker) {
        return search.ofWorker(worker);
    }

    @Override
    public List<String> requiredChecks() {
        return checks.names();
    }

    @Override
    public boolean mayPlan() {
        return Callers.find().map(TripAccess::mayPlan).orElse(false);
    }

    @Override
    public boolean mayChange(TripView trip) {
        return Callers.find()
                .map(caller -> TripAccess.mayChange(caller, trip.origin()))
                .orElse(false);
    }

    @Override
    public boolean mayHandOver(TripView trip) {
        return Callers.find()
                .flatMap(caller -> rows.find(trip.id()).map(found -> TripAccess.mayHandOver(caller, found)))
                .orElse(false);
    }

    @Override
    public boolean mayReveal(TripView trip) {
        return Callers.find()
                .map(caller -> TripAccess.mayReveal(caller, trip.origin()))
                .orElse(false);
    }

    /** Lists every placement's worker or none: the first refusal rolls the whole request back. */
    private List<ManifestLine> add(TripId id, List<PlacementId> placementIds, boolean numbered) {
        Trip trip = loadForChange(id, TripService::mayChange);
        trip.requireManifestOpen();
        List<PlacementView> found = new ArrayList<>();
        for (int i = 0; i < placementIds.size(); i++) {
            int row = i + 1;
            found.add(numbered(numbered, row, () -> listable(trip, placementIds.get(row - 1))));
        }
        rows.lockWorkers(found.stream().map(PlacementView::worker).toList());
        LocalDate departureDay = BureauTime.dateOf(trip.details().planned().departure());
        Actor actor = actor();
        List<Line> added = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            PlacementView placement = found.get(i);
            added.add(numbered(numbered, i + 1, () -> {
                overlapRule
                        .check("placement", trip.id(), trip.details().planned(), rows.heldBy(placement.worker()))
                        .ifPresent(violation -> {
                            throw new InvalidInputException(violation);
                        });
                boolean charter = partnerRegions.hasFlag(
                        RegionCode.of(placement.householdCounty()), PartnerFlag.CHARTER_FULLY_SUBSIDISED, departureDay);
                return trip.list(
                        new Line.Traveller(
                                placement.worker(),
                                placement.householdCounty(),
                                placement.id(),
                                placement.employer(),
                                placement.workRegion(),
                                placement.workAddress()),
                        charter,
                        actor);
            }));
        }
        save(trip);
        return views.lines(added, false);
    }

    /** A placement that can travel on this trip: one the caller may see, not ended, going where the trip goes. */
    private PlacementView listable(Trip trip, PlacementId id) {
        if (id == null) {
            throw Refusals.refused("placement", "REQUIRED");
        }
        PlacementView placement;
        try {
            placement = placements.find(id);
        } catch (RecordNotFoundException unknown) {
            throw Refusals.refused("placement", "UNKNOWN");
        }
        if (placement.status() == PlacementStatus.LEFT) {
            throw Refusals.refused("placement", "LEFT");
        }
        if (!trip.details().servesWorkRegion(placement.workRegion(), directory)) {
            throw Refusals.refused("placement", "NOT_A_DESTINATION", placement.workRegionName());
        }
        return placement;
    }

    /** In a list, a refusal names its row (counted from 1) so the caseworker finds the line to fix. */
    private static <T> T numbered(boolean numbered, int row, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException refused) {
            if (!numbered) {
                throw refused;
            }
            throw new InvalidInputException(refused.violations().stream()
                    .map(violation -> violation.atRow(row))
                    .toList());
        }
    }

    private Manifest manifestOf(Trip trip, boolean full) {
        Caller caller = Callers.current();
        boolean keepsRecord = TripAccess.mayChange(caller, trip.details().origin());
        // Who was taken off stays on the record for those who run the manifest, after everyone on it.
        List<Line> lines = trip.lines().stream()
                .filter(line -> line.takesSeat() || keepsRecord)
                .filter(line -> TripAccess.mayReadLine(caller, trip, line))
                .sorted(Comparator.comparing((Line line) -> !line.takesSeat()))
                .toList();
        return new Manifest(views.view(trip), views.lines(lines, full), checks.names(), full);
    }

    private TripDetails details(TripForm form, Caller caller) {
        if (form == null) {
            throw Refusals.refused("mode", "REQUIRED");
        }
        TripDetails details = TripDetails.of(form, directory, BureauTime.today());
        if (caller.is(Role.PARTNER) && !caller.coversRegion(details.origin().value())) {
            throw Refusals.refused("origin", "OUT_OF_SCOPE");
        }
        return details;
    }

    private Trip visible(TripId id) {
        Caller caller = Callers.current();
        return rows.find(id).filter(trip -> TripAccess.maySee(caller, trip)).orElseThrow(() -> notFound(id));
    }

    /** Out of sight answers like missing (404); in sight but not theirs to change answers 403. */
    private Trip loadForChange(TripId id, BiPredicate<Caller, Trip> may) {
        Caller caller = Callers.current();
        Trip trip = rows.findForUpdate(id)
                .filter(found -> TripAccess.maySee(caller, found))
                .orElseThrow(() -> notFound(id));
        if (!may.test(caller, trip)) {
            throw new AccessDeniedException("Not allowed to change trip " + id);
        }
        return trip;
    }

    private static boolean mayChange(Caller caller, Trip trip) {
        return TripAccess.mayChange(caller, trip.details().origin());
    }

    private TripView save(Trip trip) {
        rows.update(trip);
        publish(trip);
        return views.view(trip);
    }

    private void publish(Trip trip) {
        for (Object event : trip.releaseEvents()) {
            if (!(event instanceof TripMoments)) {
                events.publishEvent(event);
            }
            timeline.record(event, trip);
        }
    }

    private static Instant instant(LocalDateTime at) {
        return at == null ? null : at.atZone(BureauTime.ZONE).toInstant();
    }

    /** Steps nobody signed in took (demo data, events) are signed the way the audit log signs them. */
    private static Actor actor() {
        return new Actor(
                Callers.find().map(Caller::username).orElse(AuditLog.SYSTEM),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static RecordNotFoundException notFound(TripId id) {
        return new RecordNotFoundException(SUBJECT, Objects.requireNonNull(id, "id"));
    }

    @Override
    public List<TripFigure> helpedOutFigures() {
        return figures.helpedOut();
    }

    @Override
    public List<TripFigure> batchFigures() {
        return figures.batches();
    }

    @Override
    public List<TripModeFigure> travellerFiguresByMode() {
        return figures.travellersByMode();
    }

    @Override
    public List<TripModeFigure> vehicleFigures() {
        return figures.vehicles();
    }
}
