package org.laborbridge.fairs.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.CheckInResult;
import org.laborbridge.fairs.FairFigure;
import org.laborbridge.fairs.FairForm;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairPage;
import org.laborbridge.fairs.FairQuery;
import org.laborbridge.fairs.FairTally;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.FilterSignUpResult;
import org.laborbridge.fairs.ParticipantView;
import org.laborbridge.fairs.Participation;
import org.laborbridge.fairs.SignUpCounts;
import org.laborbridge.fairs.SignUpLine;
import org.laborbridge.fairs.SignUpList;
import org.laborbridge.fairs.SignUpReport;
import org.laborbridge.fairs.SignedUp;
import org.laborbridge.fairs.WorkerSignUp;
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
 * The {@link Fairs} of this module. The work is done by the desks this service fronts, each of
 * which checks the caller.
 */
@Service
@Transactional(readOnly = true)
class FairService implements Fairs {

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
    private final FairFigures figures;
    private final RegionDirectory directory = RegionDirectory.standard();

    FairService(
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
            ObjectProvider<Applications> applications,
            FairFigures figures) {
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
        this.figures = figures;
    }

    @Override
    public FairView find(FairId id) {
        Callers.current();
        return views.require(id);
    }

    @Override
    public FairPage search(FairQuery query) {
        Callers.current();
        LocalDate today = BureauTime.today();
        return new FairPage(
                rows.search(query, today).stream().map(views::view).toList(),
                rows.count(query, today),
                query.page(),
                query.size());
    }

    @Override
    public List<FairView> openOrComing(LocalDate from, int limit) {
        Callers.current();
        return rows.notOverOn(from, limit).stream().map(views::view).toList();
    }

    @Override
    public boolean isSignedUp(FairId fair, WorkerId worker) {
        return signUpRows.find(fair, worker).isPresent();
    }

    @Override
    public List<JobPostingId> postingsAt(FairId fair) {
        return participation.postingsAt(fair);
    }

    @Override
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

    @Override
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

    @Override
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

    @Override
    public boolean mayManage(FairView fair) {
        return Callers.find()
                .map(caller -> FairAccess.mayManage(caller, fair.hostRegion()))
                .orElse(false);
    }

    @Override
    public boolean mayCreate() {
        return Callers.find()
                .map(caller -> caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER))
                .orElse(false);
    }

    @Override
    public boolean mayRunDesk(FairView fair) {
        return Callers.find()
                .map(caller -> FairAccess.mayRunDesk(caller, fair.hostRegion()))
                .orElse(false);
    }

    @Override
    public boolean mayAddSignUps(FairView fair) {
        return Callers.find()
                .filter(caller -> FairAccess.mayRunDesk(caller, fair.hostRegion()))
                .map(caller -> SignUpWindow.refusal(fair, caller).isEmpty())
                .orElse(false);
    }

    @Override
    public boolean maySeeSignUps() {
        return Callers.find().map(FairAccess::maySeeSignUps).orElse(false);
    }

    @Override
    @Transactional
    public ParticipantView join(FairId fair, Participation participation) {
        return this.participation.join(fair, participation);
    }

    @Override
    public List<ParticipantView> participants(FairId fair) {
        Callers.current();
        return participation.participants(fair);
    }

    @Override
    @Transactional
    public SignUpLine signUp(FairId fair, WorkerId worker) {
        return signUps.signUp(fair, worker);
    }

    @Override
    @Transactional
    public SignUpReport signUpAll(FairId fair, String pastedResidentIds) {
        return signUps.signUpAll(fair, pastedResidentIds);
    }

    @Override
    @Transactional
    public FilterSignUpResult signUpMatching(FairId fair, WorkerQuery filter) {
        return filterSignUps.signUpMatching(fair, filter);
    }

    @Override
    @Transactional
    public CheckInResult checkIn(FairId fair, String residentIdOrToken) {
        return checkIns.checkIn(fair, residentIdOrToken);
    }

    @Override
    public SignUpList signUps(FairId fair, int page, int size) {
        return lists.page(fair, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
    }

    @Override
    public List<SignedUp> signedUpWorkers(FairId fair) {
        return signUpRows.allOf(fair);
    }

    @Override
    public SignUpCounts counts(FairId fair) {
        return lists.counts(fair);
    }

    @Override
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

    @Override
    public Optional<FairTally> tally(FairId fair) {
        return Optional.ofNullable(applications.getIfAvailable()).map(a -> a.tally(fair));
    }

    @Override
    public WorkerId signedUpWorker(FairId fair, String residentIdOrToken) {
        boolean takesPart = Optional.ofNullable(Callers.current().employerId())
                .map(employer -> participants.takesPart(fair, new EmployerId(employer)))
                .orElse(false);
        return checkIns.signedUpWorker(fair, residentIdOrToken, takesPart);
    }

    @Override
    public List<FairView> fairsNamed(Collection<FairId> ids) {
        Callers.current();
        return rows.findAll(ids).stream().map(views::view).toList();
    }

    @Override
    public List<FairFigure> fairFigures() {
        return figures.fairs();
    }

    @Override
    public List<FairFigure> participationFigures() {
        return figures.participations();
    }

    @Override
    public List<FairFigure> positionFigures() {
        return figures.positions();
    }

    @Override
    public List<FairFigure> applicationFigures() {
        return figures.applications();
    }
}
