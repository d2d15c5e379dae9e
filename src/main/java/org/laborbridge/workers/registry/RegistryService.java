package org.laborbridge.workers.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.ResidentId;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.AlreadyRegisteredException;
import org.laborbridge.workers.DuplicateDecision;
import org.laborbridge.workers.PossibleDuplicate;
import org.laborbridge.workers.SeekingWorker;
import org.laborbridge.workers.Situation;
import org.laborbridge.workers.TimelineEntry;
import org.laborbridge.workers.TimelineEntry.Change;
import org.laborbridge.workers.WorkerBackground;
import org.laborbridge.workers.WorkerChanged;
import org.laborbridge.workers.WorkerForm;
import org.laborbridge.workers.WorkerHousehold;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerPage;
import org.laborbridge.workers.WorkerProfile;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.WorkerRecord;
import org.laborbridge.workers.WorkerRegistered;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.laborbridge.workers.search.WorkerFilter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry's rules in one place, so that pages, API and imports refuse the same things. */
@Service
@Transactional
class RegistryService implements WorkerRegistry {

    static final String SUBJECT = "worker";
    static final int MAX_DUPLICATES = 500;
    static final int MAX_SEEKING_PAGE = 50_000;

    private final WorkerRows rows;
    private final WorkerSearch searches;
    private final WorkerTimeline timelines;
    private final Duplicates duplicates;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    RegistryService(
            WorkerRows rows,
            WorkerSearch searches,
            WorkerTimeline timelines,
            Duplicates duplicates,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.searches = searches;
        this.timelines = timelines;
        this.duplicates = duplicates;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public WorkerRecord register(WorkerForm form) {
        Caller caller = require(WorkerAccess::mayRegister);
        WorkerProfile profile = WorkerProfile.of(form);
        checkInScope(caller, profile);
        WorkerId id = WorkerId.random();
        Instant now = now();
        if (!rows.insertIfAbsent(id, profile, caller.username(), now)) {
            throw new AlreadyRegisteredException(disclosable(
                    caller,
                    rows.findByResidentId(profile.residentId())
                            .orElseThrow(() -> new IllegalStateException("Resident ID taken by a row that vanished"))));
        }
        String county = profile.householdCounty().value();
        timelines.append(
                id, county, caller.username(), TimelineEntry.REGISTERED, ProfileChanges.registered(profile), now);
        events.publishEvent(new WorkerRegistered(id, county, profile.registeredPoor(), now));
        return visible(caller, id).toRecord(false);
    }

    /** The existing record is named only to those who may see it; others learn only that the number is taken. */
    private WorkerId disclosable(Caller caller, WorkerId existing) {
        try {
            visible(caller, existing);
            return existing;
        } catch (RecordNotFoundException outOfScope) {
            return null;
        }
    }

    @Override
    public WorkerRecord change(WorkerId id, WorkerForm form) {
        return change(id, form, null);
    }

    @Override
    public WorkerRecord change(WorkerId id, WorkerForm form, Integer expectedVersion) {
        Caller caller = Callers.current();
        StoredWorker before = visible(caller, id);
        if (!WorkerAccess.mayRegister(caller)) {
            throw new AccessDeniedException("May not change workers");
        }
        WorkerProfile profile = WorkerProfile.of(form);
        checkInScope(caller, profile);
        if (!profile.residentId().equals(before.profile().residentId())) {
            rows.findByResidentId(profile.residentId())
                    .filter(other -> !other.equals(id))
                    .ifPresent(other -> {
                        throw new AlreadyRegisteredException(disclosable(caller, other));
                    });
        }
        int version = expectedVersion == null ? before.version() : expectedVersion;
        if (version != before.version()) {
            throw new OptimisticLockingFailureException("Worker " + id + " changed since version " + version);
        }
        Map<String, Change> changes = ProfileChanges.between(before.profile(), profile);
        if (changes.isEmpty()) {
            return before.toRecord(false);
        }
        Instant now = now();
        if (!rows.update(id, profile, version, keepsPoorConfirmation(before.profile(), profile), now)) {
            throw new OptimisticLockingFailureException("Worker " + id + " changed concurrently");
        }
        String county = profile.householdCounty().value();
        timelines.append(id, county, caller.username(), TimelineEntry.CHANGED, changes, now);
        events.publishEvent(new WorkerChanged(id, county, changes.keySet(), now));
        return visible(caller, id).toRecord(false);
    }

    @Override
    @Transactional(readOnly = true)
    public WorkerRecord find(WorkerId id) {
        return visible(Callers.current(), id).toRecord(false);
    }

    @Override
    public WorkerRecord findInFull(WorkerId id) {
        Caller caller = Callers.current();
        StoredWorker worker = visible(caller, id);
        if (!WorkerAccess.seesFullIdentity(caller)) {
            return worker.toRecord(false);
        }
        audit.record(AuditLog.VIEW_FULL_RESIDENT_ID, SUBJECT, id.toString());
        if (worker.profile().phone() != null) {
            audit.record(AuditLog.VIEW_FULL_PHONE, SUBJECT, id.toString());
        }
        return worker.toRecord(true);
    }

    @Override
    public String revealResidentId(WorkerId id) {
        StoredWorker worker = revealable(id);
        audit.record(AuditLog.VIEW_FULL_RESIDENT_ID, SUBJECT, id.toString());
        return worker.profile().residentId().value();
    }

    @Override
    public String revealPhone(WorkerId id) {
        StoredWorker worker = revealable(id);
        if (worker.profile().phone() == null) {
            return null;
        }
        audit.record(AuditLog.VIEW_FULL_PHONE, SUBJECT, id.toString());
        return worker.profile().phone().value();
    }

    @Override
    @Transactional(readOnly = true)
    public WorkerPage search(WorkerQuery query) {
        Caller caller = require(WorkerAccess::maySearch);
        return searches.page(WorkerFilter.of(query, caller), query);
    }

    @Override
    public WorkerRecord confirmPoorStatus(WorkerId id) {
        Caller caller = Callers.current();
        StoredWorker worker = visible(caller, id);
        if (!WorkerAccess.mayConfirmPoorStatus(caller)) {
            throw new AccessDeniedException("Only the partner region confirms registered-poor status");
        }
        if (!worker.profile().registeredPoor()) {
            throw new InvalidInputException(Violation.of(
                    "registeredPoor", "NOT_REGISTERED_POOR", "invalid.registeredPoor.NOT_REGISTERED_POOR"));
        }
        if (worker.poorConfirmedAt() != null) {
            return worker.toRecord(false);
        }
        Instant now = now();
        rows.confirmPoorStatus(id, caller.username(), now);
        Map<String, Change> changes = Map.of("poorConfirmedBy", new Change(null, caller.username()));
        timelines.append(
                id, worker.householdCounty(), caller.username(), TimelineEntry.POOR_STATUS_CONFIRMED, changes, now);
        events.publishEvent(new WorkerChanged(id, worker.householdCounty(), changes.keySet(), now));
        return visible(caller, id).toRecord(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(int limit) {
        require(WorkerAccess::mayDecideDuplicates);
        List<Duplicates.Pair> pairs = duplicates.undecided(Math.max(1, Math.min(limit, MAX_DUPLICATES)));
        Map<UUID, WorkerSummary> summaries = searches
                .byIds(pairs.stream()
                        .flatMap(pair -> Stream.of(pair.first(), pair.second()))
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(summary -> summary.id().value(), summary -> summary));
        return pairs.stream()
                .map(pair ->
                        new PossibleDuplicate(summaries.get(pair.first()), summaries.get(pair.second()), pair.reason()))
                .toList();
    }

    @Override
    public void decideDuplicate(WorkerId a, WorkerId b, DuplicateDecision decision) {
        Caller caller = require(WorkerAccess::mayDecideDuplicates);
        Objects.requireNonNull(decision, "decision");
        if (a.equals(b)) {
            throw new InvalidInputException(Violation.of("second", "SAME_RECORD", "invalid.duplicate.SAME_RECORD"));
        }
        StoredWorker first = visible(caller, a);
        StoredWorker second = visible(caller, b);
        Instant now = now();
        if (!duplicates.decide(a, b, decision, caller.username(), now)) {
            return;
        }
        StoredWorker older = isOlder(first, second) ? first : second;
        StoredWorker newer = older == first ? second : first;
        record(caller, older, newer, decision, now, false);
        record(caller, newer, older, decision, now, decision == DuplicateDecision.SAME_PERSON);
        if (decision == DuplicateDecision.SAME_PERSON) {
            rows.markDuplicate(newer.id(), older.id(), now);
            events.publishEvent(new WorkerChanged(newer.id(), newer.householdCounty(), Set.of("duplicateOf"), now));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(WorkerId id) {
        visible(Callers.current(), id);
        return timelines.of(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkerSummary> findByResidentId(ResidentId residentId) {
        Caller caller = Callers.current();
        return rows.findByResidentId(residentId)
                .flatMap(rows::find)
                .filter(worker -> WorkerAccess.maySee(
                        caller, worker.householdCounty(), worker.id().value()))
                .flatMap(worker ->
                        searches.byIds(List.of(worker.id().value())).stream().findFirst());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkerSummary> summariesOf(Collection<WorkerId> ids) {
        return ids.isEmpty()
                ? List.of()
                : searches.byIds(ids.stream().map(WorkerId::value).distinct().toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkerBackground> backgroundsOf(Collection<WorkerId> ids) {
        return ids.isEmpty()
                ? List.of()
                : rows.findAll(ids.stream().map(WorkerId::value).distinct().toList()).stream()
                        .map(StoredWorker::background)
                        .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SeekingWorker> seekingWorkAmong(Collection<WorkerId> ids) {
        return ids.isEmpty()
                ? List.of()
                : rows.seekingAmong(ids.stream().map(WorkerId::value).distinct().toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkerHousehold> inSituation(Situation situation, RegionCode region) {
        require(caller -> caller.is(Role.ADMIN));
        String prefix = region == null ? "" : region.coveringPrefix();
        return rows.inSituation(situation, prefix);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkerRecord> recordsInFullOf(Collection<WorkerId> ids) {
        // The caller vouches for scope and audit, but not for the role: whatever a module gets
        // wrong, full numbers never reach an employer, an approver or a worker this way.
        if (!Callers.find().map(WorkerAccess::seesFullIdentity).orElse(false)) {
            throw new AccessDeniedException("Full numbers of many workers are for bureau and partner staff");
        }
        return ids.isEmpty()
                ? List.of()
                : rows.findAll(ids.stream().map(WorkerId::value).distinct().toList()).stream()
                        .map(worker -> worker.toRecord(true))
                        .toList();
    }

    @Override
    public void recordSituation(WorkerId id, Situation situation) {
        StoredWorker worker = rows.find(id).orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
        Situation before = worker.profile().situation();
        if (before == situation) {
            return;
        }
        Instant now = now();
        String actor = Callers.find().map(Caller::username).orElse(HistoryService.PLATFORM);
        rows.updateSituation(id, situation, now);
        timelines.append(
                id,
                worker.householdCounty(),
                actor,
                TimelineEntry.CHANGED,
                Map.of("situation", new Change(before.name(), situation.name())),
                now);
        events.publishEvent(new WorkerChanged(id, worker.householdCounty(), Set.of("situation"), now));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SeekingWorker> seekingWork(WorkerId after, int limit) {
        return rows.seekingWork(after, Math.max(1, Math.min(limit, MAX_SEEKING_PAGE)));
    }

    @Override
    public boolean mayReveal() {
        return Callers.find().map(WorkerAccess::mayReveal).orElse(false);
    }

    @Override
    public boolean mayRegister() {
        return Callers.find().map(WorkerAccess::mayRegister).orElse(false);
    }

    private void record(
            Caller caller,
            StoredWorker worker,
            StoredWorker other,
            DuplicateDecision decision,
            Instant at,
            boolean marked) {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("decision", new Change(null, decision.name()));
        changes.put("otherWorker", new Change(null, other.id().toString()));
        if (marked) {
            changes.put("duplicateOf", new Change(null, other.id().toString()));
        }
        timelines.append(
                worker.id(), worker.householdCounty(), caller.username(), TimelineEntry.DUPLICATE_DECIDED, changes, at);
    }

    private StoredWorker revealable(WorkerId id) {
        Caller caller = Callers.current();
        StoredWorker worker = visible(caller, id);
        if (!WorkerAccess.mayReveal(caller)) {
            throw new AccessDeniedException("May not reveal full numbers");
        }
        return worker;
    }

    /** Out of scope answers exactly like missing, so scopes never leak which records exist. */
    private StoredWorker visible(Caller caller, WorkerId id) {
        return rows.find(id)
                .filter(worker -> WorkerAccess.maySee(
                        caller, worker.householdCounty(), worker.id().value()))
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
    }

    private static Caller require(Predicate<Caller> permission) {
        Caller caller = Callers.current();
        if (!permission.test(caller)) {
            throw new AccessDeniedException("Not allowed for role " + caller.role());
        }
        return caller;
    }

    private static void checkInScope(Caller caller, WorkerProfile profile) {
        if (!caller.coversRegion(profile.householdCounty().value())) {
            throw new InvalidInputException(Violation.of(
                    "householdRegion",
                    "OUT_OF_SCOPE",
                    "invalid.householdRegion.OUT_OF_SCOPE",
                    profile.householdCounty().value()));
        }
    }

    /** A confirmation vouches for one household in one county; changing either voids it. */
    private static boolean keepsPoorConfirmation(WorkerProfile before, WorkerProfile after) {
        return before.registeredPoor() == after.registeredPoor()
                && Objects.equals(before.poorHouseholdNo(), after.poorHouseholdNo())
                && before.householdCounty().equals(after.householdCounty());
    }

    private static boolean isOlder(StoredWorker a, StoredWorker b) {
        int byTime = a.createdAt().compareTo(b.createdAt());
        return byTime != 0
                ? byTime < 0
                : a.id().value().toString().compareTo(b.id().value().toString()) < 0;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
