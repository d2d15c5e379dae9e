package org.laborbridge.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerQuery;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment fairs for pages, the API and other modules alike. Everyone signed in sees fairs;
 * bureau staff schedule them anywhere, partner staff in their own regions. Employers join with
 * their open postings; workers sign up and check in. The work is done by the desks this service
 * fronts, each of which checks the caller.
 */
@Service
@Transactional(readOnly = true)
public class Fairs {

    private final FairRows rows;
    private final FairViews views;
    private final ParticipationDesk participation;
    private final SignUpDesk signUps;
    private final FilterSignUps filterSignUps;
    private final CheckInDesk checkIns;
    private final SignUpLists lists;
    private final SignUpRows signUpRows;
    private final ParticipantRows participants;
    private final WorkerRegistry registry;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Applications> applications;
    private final RegionDirectory directory = RegionDirectory.standard();

    Fairs(
            FairRows rows,
            FairViews views,
            ParticipationDesk participation,
            SignUpDesk signUps,
            FilterSignUps filterSignUps,
            CheckInDesk checkIns,
            SignUpLists lists,
            SignUpRows signUpRows,
            ParticipantRows participants,
            WorkerRegistry registry,
            ApplicationEventPublisher events,
            ObjectProvider<Applications> applications) {
        this.rows = rows;
        this.views = views;
        this.participation = participation;
        this.signUps = signUps;
        this.filterSignUps = filterSignUps;
        this.checkIns = checkIns;
        this.lists = lists;
        this.signUpRows = signUpRows;
        this.participants = participants;
        this.registry = registry;
        this.events = events;
        this.applications = applications;
    }

    /** Every signed-in user; a missing fair is a {@code RecordNotFoundException}. */
    public FairView find(FairId id) {
        Callers.current();
        return views.require(id);
    }

    public FairPage search(FairQuery query) {
        Callers.current();
        LocalDate today = BureauTime.today();
        return new FairPage(
                rows.search(query, today).stream().map(views::view).toList(),
                rows.count(query, today),
                query.page(),
                query.size());
    }

    /** Fairs not yet over on {@code from}, soonest first: what a worker's phone offers. */
    public List<FairView> openOrComing(LocalDate from, int limit) {
        Callers.current();
        return rows.notOverOn(from, limit).stream().map(views::view).toList();
    }

    /** No caller check: whether someone signed up is no secret to a module that knows the worker. */
    public boolean isSignedUp(FairId fair, WorkerId worker) {
        return signUpRows.find(fair, worker).isPresent();
    }

    /** The postings employers brought to the fair. */
    public List<JobPostingId> postingsAt(FairId fair) {
        return participation.postingsAt(fair);
    }

    /** ADMIN and CASEWORKER anywhere; PARTNER for a fair hosted in their regions. */
    @Transactional
    public FairView create(FairForm form) {
        FairDetails details = FairDetails.of(form, directory);
        Caller caller = Callers.current();
        FairAccess.checkManage(caller, details.hostRegion());
        Fair fair = Fair.schedule(details, caller.username(), Instant.now());
        rows.insert(fair);
        fair.releaseEvents().forEach(events::publishEvent);
        return views.view(fair);
    }

    /** As {@link #create}; a partner may not move a fair out of their regions either. */
    @Transactional
    public FairView change(FairId id, FairForm form) {
        Caller caller = Callers.current();
        Fair fair = rows.lock(id).orElseThrow(() -> FairViews.notFound(id));
        FairAccess.checkManage(caller, fair.details().hostRegion());
        FairDetails revised = FairDetails.of(form, directory);
        FairAccess.checkManage(caller, revised.hostRegion());
        fair.revise(revised);
        rows.update(fair);
        return views.view(fair);
    }

    @Transactional
    public FairView cancel(FairId id) {
        Caller caller = Callers.current();
        Fair fair = rows.lock(id).orElseThrow(() -> FairViews.notFound(id));
        FairAccess.checkManage(caller, fair.details().hostRegion());
        fair.cancel(caller.username(), Instant.now());
        rows.update(fair);
        fair.releaseEvents().forEach(events::publishEvent);
        return views.view(fair);
    }

    /** Whether the signed-in user may change and cancel this fair; pages show their buttons by it. */
    public boolean mayManage(FairView fair) {
        return Callers.find()
                .map(caller -> FairAccess.mayManage(caller, fair.hostRegion()))
                .orElse(false);
    }

    /** Whether the signed-in user may schedule fairs at all (in some region). */
    public boolean mayCreate() {
        return Callers.find()
                .map(caller -> caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER))
                .orElse(false);
    }

    /** Bulk sign-ups and the check-in desk of this fair: bureau staff, partner staff of its host region. */
    public boolean mayRunDesk(FairView fair) {
        return Callers.find()
                .map(caller -> FairAccess.mayRunDesk(caller, fair.hostRegion()))
                .orElse(false);
    }

    /** Staff who may sign up workers for this fair now (caseworkers also after it, from paper sheets). */
    public boolean mayAddSignUps(FairView fair) {
        return Callers.find()
                .filter(caller -> FairAccess.mayRunDesk(caller, fair.hostRegion()))
                .map(caller -> SignUpWindow.refusal(fair, caller).isEmpty())
                .orElse(false);
    }

    public boolean maySeeSignUps() {
        return Callers.find().map(FairAccess::maySeeSignUps).orElse(false);
    }

    /**
     * EMPLOYER for their own enterprise, or ADMIN/CASEWORKER for one; at an on-site fair with a
     * booth number no other employer holds, and with open postings of that employer only.
     */
    @Transactional
    public ParticipantView join(FairId fair, Participation participation) {
        return this.participation.join(fair, participation);
    }

    public List<ParticipantView> participants(FairId fair) {
        Callers.current();
        return participation.participants(fair);
    }

    /** WORKER for themselves, or staff for a worker they may see; until the fair is over. */
    @Transactional
    public SignUpLine signUp(FairId fair, WorkerId worker) {
        return signUps.signUp(fair, worker);
    }

    /** Staff: one ID number a line (15 or 18 digits, full-width allowed); every line reported. */
    @Transactional
    public SignUpReport signUpAll(FairId fair, String pastedResidentIds) {
        return signUps.signUpAll(fair, pastedResidentIds);
    }

    /** Staff: everyone the worker filter finds within the caller's scope and the fair's target group. */
    @Transactional
    public FilterSignUpResult signUpMatching(FairId fair, WorkerQuery filter) {
        return filterSignUps.signUpMatching(fair, filter);
    }

    /** Staff at an on-site fair on its dates: by ID number or QR token; walk-ins are signed up. */
    @Transactional
    public CheckInResult checkIn(FairId fair, String residentIdOrToken) {
        return checkIns.checkIn(fair, residentIdOrToken);
    }

    /** Bureau staff all, PARTNER the workers of their regions; others are refused (403). */
    public SignUpList signUps(FairId fair, int page, int size) {
        return lists.page(fair, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    /** Everyone signed in; a PARTNER counts the workers of their regions. */
    public SignUpCounts counts(FairId fair) {
        return lists.counts(fair);
    }

    /**
     * A worker's own sign-ups with their QR tokens, newest first: the WORKER themselves, or staff
     * for a worker they may see.
     */
    public List<WorkerSignUp> signUpsOf(WorkerId worker) {
        Caller caller = Callers.current();
        boolean own = caller.is(Role.WORKER) && worker.value().equals(caller.workerId());
        if (!own && !FairAccess.mayRunDesk(caller)) {
            throw new AccessDeniedException("Only the worker or staff see a worker's sign-ups");
        }
        if (!own) {
            registry.find(worker);
        }
        return signUpRows.ofWorker(worker).stream()
                .map(row ->
                        new WorkerSignUp(views.require(row.fair()), row.signedUpAt(), row.checkedInAt(), row.qrToken()))
                .toList();
    }

    /**
     * Applications and hires made through the fair so far, from the applications part of this
     * module, which is looked up lazily because it depends on this service.
     */
    public Optional<FairTally> tally(FairId fair) {
        return Optional.ofNullable(applications.getIfAvailable()).map(a -> a.tally(fair));
    }

    /**
     * The worker signed up for the fair whom a scanned QR token names (or, for staff, an ID
     * number): for an employer taking part in the fair, or staff, recording an on-site intention.
     */
    public WorkerId signedUpWorker(FairId fair, String residentIdOrToken) {
        boolean takesPart = Optional.ofNullable(Callers.current().employerId())
                .map(employer -> participants.takesPart(fair, new EmployerId(employer)))
                .orElse(false);
        return checkIns.signedUpWorker(fair, residentIdOrToken, takesPart);
    }
}
