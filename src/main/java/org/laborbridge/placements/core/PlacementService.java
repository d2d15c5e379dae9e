package org.laborbridge.placements.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.DueCheckPage;
import org.laborbridge.placements.DueRetentionCheck;
import org.laborbridge.placements.LeavingReason;
import org.laborbridge.placements.NewPlacement;
import org.laborbridge.placements.OutsidePlacement;
import org.laborbridge.placements.PlacementFigure;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementPage;
import org.laborbridge.placements.PlacementQuery;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionFigure;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.placements.core.PlacementAccess.Reach;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PlacementService implements Placements {

    static final String SUBJECT = "placement";
    /** Steps taken by the platform itself (scheduled jobs, demo data) are signed by it. */
    static final String PLATFORM = "system";

    private static final String NEWEST_FIRST = "start_date desc, id desc";
    private static final int WEEK_DAYS = 7;

    private final PlacementRows rows;
    private final DueCheckRows dueRows;
    private final PlacementNames names;
    private final PlacementTimeline timeline;
    private final ApplicationEventPublisher events;
    private final JobPostings postings;
    private final WorkerRegistry registry;
    private final PlacementFigures figures;
    private final OverlappingPlacementRule overlapRule = new OverlappingPlacementRule();

    PlacementService(
            PlacementRows rows,
            DueCheckRows dueRows,
            PlacementNames names,
            PlacementTimeline timeline,
            ApplicationEventPublisher events,
            JobPostings postings,
            WorkerRegistry registry,
            PlacementFigures figures) {
        this.rows = rows;
        this.dueRows = dueRows;
        this.names = names;
        this.timeline = timeline;
        this.events = events;
        this.postings = postings;
        this.registry = registry;
        this.figures = figures;
    }

    /** Joins the accepting module's transaction (REQUIRED), so that a refusal here undoes the acceptance too. */
    @Override
    @Transactional
    public PlacementView place(NewPlacement placement) {
        return store(Placement.termsOf(placement));
    }

    @Override
    @Transactional
    public PlacementView recordOutside(OutsidePlacement placement) {
        if (!PlacementAccess.mayRecordOutside(Callers.current())) {
            throw new AccessDeniedException("Only caseworkers record hires made outside the platform");
        }
        requireOutside(placement);
        WorkerRecord worker = workerOf(placement.worker());
        JobPostingView posting = openingOf(placement);
        return place(new NewPlacement(
                worker.id(),
                worker.householdRegion().code(),
                posting.employerId(),
                posting.id(),
                null,
                placement.startDate(),
                placement.contractMonths(),
                placement.monthlyWage(),
                posting.workRegion(),
                posting.workAddress(),
                posting.jobType()));
    }

    @Override
    public PlacementView find(PlacementId id) {
        Caller caller = Callers.current();
        return rows.find(id)
                .filter(placement -> PlacementAccess.maySee(caller, placement.reach()))
                .map(names::view)
                .orElseThrow(() -> notFound(id));
    }

    @Override
    public List<PlacementView> ofWorker(WorkerId worker) {
        Filter filter = Filter.scoped(Callers.current());
        filter.add("worker_id = :worker", "worker", worker.value());
        // A person holds a handful of placements in a lifetime; the cap only guards the page.
        return names.views(rows.select(filter.condition(), filter.parameters(), NEWEST_FIRST, 500, 0));
    }

    @Override
    public PlacementPage ofEmployer(EmployerId employer, PlacementStatus status, int page, int size) {
        return search(new PlacementQuery(status, employer, null, page, size));
    }

    @Override
    public PlacementPage search(PlacementQuery query) {
        Filter filter = Filter.scoped(Callers.current());
        if (query.status() != null) {
            filter.add("status = :status", "status", query.status().name());
        }
        if (query.employer() != null) {
            filter.add("employer_id = :employer", "employer", query.employer().value());
        }
        if (query.startedIn() != null) {
            filter.add(
                    "start_date >= :monthStart", "monthStart", query.startedIn().atDay(1));
            filter.add(
                    "start_date < :monthEnd",
                    "monthEnd",
                    query.startedIn().plusMonths(1).atDay(1));
        }
        int size = Paging.size(query.size(), PlacementQuery.DEFAULT_SIZE, PlacementQuery.MAX_SIZE);
        int page = Math.max(0, query.page());
        List<Placement> found =
                rows.select(filter.condition(), filter.parameters(), NEWEST_FIRST, size, (long) page * size);
        return new PlacementPage(names.views(found), rows.count(filter.condition(), filter.parameters()), page, size);
    }

    @Override
    @Transactional
    public PlacementView confirmStart(PlacementId id, LocalDate on) {
        Placement placement = loadForChange(id, PlacementAccess::mayConfirmStart);
        placement.confirmStart(on, BureauTime.today(), now());
        return save(placement);
    }

    @Override
    @Transactional
    public PlacementView recordRetention(
            PlacementId id, int month, RetentionOutcome outcome, LeavingReason reason, String note) {
        Placement placement = loadForChange(id, PlacementAccess::mayRecordRetention);
        placement.recordRetention(
                month, outcome, reason, note, new Placement.Recorder(actor(), BureauTime.today(), now()));
        return save(placement);
    }

    @Override
    @Transactional
    public PlacementView recordLeaving(PlacementId id, LocalDate on, LeavingReason reason, String note) {
        Placement placement = loadForChange(id, PlacementAccess::mayRecordLeaving);
        placement.leave(on, reason, note, BureauTime.today(), now());
        return save(placement);
    }

    @Override
    @Transactional
    public PlacementView confirmSocialInsurance(PlacementId id, LocalDate since) {
        Placement placement = loadForChange(id, PlacementAccess::mayConfirmSocialInsurance);
        placement.confirmSocialInsurance(since, BureauTime.today(), now());
        return save(placement);
    }

    @Override
    public DueCheckPage dueChecks(LocalDate until, int page, int size) {
        Caller caller = Callers.current();
        if (!PlacementAccess.mayFollowUp(caller)) {
            throw new AccessDeniedException("The retention due list is for bureau and partner staff");
        }
        LocalDate today = BureauTime.today();
        LocalDate upTo = until == null ? today : until;
        int pageSize = Paging.size(size, PlacementQuery.DEFAULT_SIZE, PlacementQuery.MAX_SIZE);
        int pageNumber = Math.max(0, page);
        PlacementScope scope = PlacementScope.of(caller, "p");
        List<DueCheckRows.DueRow> due = dueRows.page(scope, upTo, pageSize, (long) pageNumber * pageSize);
        PlacementNames.Lookup lookup = names.lookup(
                due.stream().map(DueCheckRows.DueRow::worker).collect(Collectors.toSet()),
                due.stream().map(DueCheckRows.DueRow::employer).collect(Collectors.toSet()));
        List<DueRetentionCheck> items = due.stream()
                .map(row -> new DueRetentionCheck(
                        row.placement(),
                        row.worker(),
                        lookup.worker(row.worker()),
                        row.householdCounty(),
                        row.employer(),
                        lookup.employer(row.employer()),
                        row.jobType(),
                        row.month(),
                        row.dueOn(),
                        ChronoUnit.DAYS.between(row.dueOn(), today)))
                .toList();
        DueCheckRows.Counts counts = dueRows.counts(scope, upTo, today, today.plusDays(WEEK_DAYS - 1));
        return new DueCheckPage(items, counts.total(), counts.overdue(), counts.dueThisWeek(), pageNumber, pageSize);
    }

    @Override
    public boolean mayConfirmStart(PlacementView placement) {
        return allowed(placement, PlacementAccess::mayConfirmStart);
    }

    @Override
    public boolean mayRecordRetention(PlacementView placement) {
        return allowed(placement, PlacementAccess::mayRecordRetention);
    }

    @Override
    public boolean mayRecordLeaving(PlacementView placement) {
        return allowed(placement, PlacementAccess::mayRecordLeaving);
    }

    @Override
    public boolean mayConfirmSocialInsurance(PlacementView placement) {
        return allowed(placement, PlacementAccess::mayConfirmSocialInsurance);
    }

    @Override
    public boolean mayRecordRetentions() {
        return Callers.find().map(PlacementAccess::mayRecordRetentions).orElse(false);
    }

    @Override
    public boolean mayFollowUp() {
        return Callers.find().map(PlacementAccess::mayFollowUp).orElse(false);
    }

    @Override
    public boolean mayRecordOutside() {
        return Callers.find().map(PlacementAccess::mayRecordOutside).orElse(false);
    }

    /**
     * The overlap rule reads the worker's placements under a per-worker lock held to the end of
     * the transaction, so of two placements of one worker at once the second sees the first.
     */
    private PlacementView store(Placement.Terms terms) {
        rows.lockWorker(terms.worker());
        overlapRule.check(terms.period(), rows.heldBy(terms.worker())).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        Placement placement = Placement.agree(terms, now());
        rows.insert(placement, actor());
        publish(placement);
        return names.view(placement);
    }

    /** Out of sight answers like missing (404); in sight but not theirs to change answers 403. */
    private Placement loadForChange(PlacementId id, BiPredicate<Caller, Reach> may) {
        Caller caller = Callers.current();
        Placement placement = rows.findForUpdate(id)
                .filter(found -> PlacementAccess.maySee(caller, found.reach()))
                .orElseThrow(() -> notFound(id));
        if (!may.test(caller, placement.reach())) {
            throw new AccessDeniedException("Not allowed to change placement " + id);
        }
        return placement;
    }

    private PlacementView save(Placement placement) {
        rows.update(placement);
        publish(placement);
        return names.view(placement);
    }

    private void publish(Placement placement) {
        String employerName = names.employerName(placement.terms().employer());
        for (Object event : placement.releaseEvents()) {
            events.publishEvent(event);
            timeline.record(event, employerName, placement.terms().jobType());
        }
    }

    private static boolean allowed(PlacementView placement, BiPredicate<Caller, Reach> may) {
        return Callers.find()
                .map(caller -> may.test(caller, Reach.of(placement)))
                .orElse(false);
    }

    private static void requireOutside(OutsidePlacement placement) {
        List<Violation> violations = new ArrayList<>();
        if (placement.worker() == null) {
            violations.add(Refusals.violation("worker", "REQUIRED"));
        }
        if (placement.posting() == null) {
            violations.add(Refusals.violation("posting", "REQUIRED"));
        }
        if (placement.startDate() == null) {
            violations.add(Refusals.violation("startDate", "REQUIRED"));
        }
        new ContractLengthRule().check(placement.contractMonths()).ifPresent(violations::add);
        if (placement.monthlyWage() == null || placement.monthlyWage().isZero()) {
            violations.add(Refusals.violation("monthlyWage", "REQUIRED"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A worker the caseworker cannot find is a mistyped field, not a missing page. */
    private WorkerRecord workerOf(WorkerId worker) {
        try {
            return registry.find(worker);
        } catch (RecordNotFoundException unknown) {
            throw new InvalidInputException(Refusals.violation("worker", "UNKNOWN"));
        }
    }

    private JobPostingView openingOf(OutsidePlacement placement) {
        try {
            return postings.fill(placement.posting());
        } catch (RecordNotFoundException unknown) {
            throw new InvalidInputException(Refusals.violation("posting", "UNKNOWN"));
        }
    }

    private static String actor() {
        return Callers.find().map(Caller::username).orElse(PLATFORM);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static RecordNotFoundException notFound(PlacementId id) {
        return new RecordNotFoundException(SUBJECT, id);
    }

    /** The caller's scope and the list's filters, joined by "and". */
    private static final class Filter {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new HashMap<>();

        static Filter scoped(Caller caller) {
            Filter filter = new Filter();
            PlacementScope scope = PlacementScope.of(caller, "");
            filter.conditions.add(scope.condition());
            filter.parameters.putAll(scope.parameters());
            return filter;
        }

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            parameters.put(name, value);
        }

        String condition() {
            return String.join(" and ", conditions);
        }

        Map<String, Object> parameters() {
            return parameters;
        }
    }

    @Override
    public List<PlacementFigure> figures() {
        return figures.hires();
    }

    @Override
    public List<RetentionFigure> retentionFigures() {
        return figures.retention(BureauTime.today());
    }
}
