package org.laborbridge.fairs.applications;

import static org.laborbridge.fairs.ApplicationStatus.OFFERED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.ApplicationChannel;
import org.laborbridge.fairs.ApplicationId;
import org.laborbridge.fairs.ApplicationPage;
import org.laborbridge.fairs.ApplicationQuery;
import org.laborbridge.fairs.ApplicationStatus;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairTally;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.OfferTerms;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applications' rules in one place, so that pages, API and phone pages refuse the same things. */
@Service
@Transactional
class ApplicationService implements Applications {

    static final String SUBJECT = "application";
    static final int MAX_NOTE = 1000;

    private final ApplicationRows rows;
    private final ApplicationViews views;
    private final ApplicationJournal journal;
    private final Hiring hiring;
    private final WorkerRegistry registry;
    private final JobPostings postings;
    private final Employers employers;
    private final Fairs fairs;

    ApplicationService(
            ApplicationRows rows,
            ApplicationViews views,
            ApplicationJournal journal,
            Hiring hiring,
            WorkerRegistry registry,
            JobPostings postings,
            Employers employers,
            Fairs fairs) {
        this.rows = rows;
        this.views = views;
        this.journal = journal;
        this.hiring = hiring;
        this.registry = registry;
        this.postings = postings;
        this.employers = employers;
        this.fairs = fairs;
    }

    @Override
    public ApplicationView apply(WorkerId worker, JobPostingId posting, FairId fair) {
        Caller caller = Callers.current();
        if (!ApplicationAccess.mayApply(caller)) {
            throw new AccessDeniedException("May not apply for workers");
        }
        registry.find(worker);
        ApplicationChannel channel = caller.is(Role.WORKER) ? ApplicationChannel.SELF : ApplicationChannel.CASEWORKER;
        List<Violation> violations = new ArrayList<>();
        // A worker's own application counts for a fair only if they took part in it.
        if (fair != null && caller.is(Role.WORKER) && !fairs.isSignedUp(fair, worker)) {
            violations.add(Violation.of("fair", "NOT_SIGNED_UP", "invalid.application.worker.NOT_SIGNED_UP"));
        }
        return submit(
                caller, worker, postings.find(posting), fair == null ? null : fairs.find(fair), channel, violations);
    }

    @Override
    public ApplicationView recordIntention(FairId fairId, JobPostingId postingId, WorkerId worker) {
        Caller caller = Callers.current();
        FairView fair = fairs.find(fairId);
        JobPostingView posting = postings.find(postingId);
        if (!employers.mayActFor(posting.employerId())) {
            throw new AccessDeniedException("Only the posting's employer records intentions for it");
        }
        List<Violation> violations = new ArrayList<>();
        if (!fair.onSite()) {
            violations.add(Violation.of("fair", "NOT_ON_SITE", "invalid.application.fair.NOT_ON_SITE"));
        }
        // Being signed up for the fair is what lets the employer name this worker at all.
        if (!fairs.isSignedUp(fairId, worker)) {
            violations.add(Violation.of("worker", "NOT_SIGNED_UP", "invalid.application.worker.NOT_SIGNED_UP"));
        }
        return submit(caller, worker, posting, fair, ApplicationChannel.ON_SITE, violations);
    }

    private ApplicationView submit(
            Caller caller,
            WorkerId workerId,
            JobPostingView posting,
            FairView fair,
            ApplicationChannel channel,
            List<Violation> earlier) {
        List<Violation> violations = new ArrayList<>(earlier);
        violations.addAll(
                AdmissionRule.check(posting, fair, fair == null ? null : fairs.postingsAt(fair.id()), today()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        WorkerSummary worker = registry.summariesOf(List.of(workerId)).stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("worker", workerId));
        Particulars particulars = new Particulars(
                ApplicationId.random(),
                workerId,
                worker.householdRegion().code(),
                posting.id(),
                posting.employerId(),
                posting.employerName(),
                posting.title(),
                posting.jobType(),
                fair == null ? null : fair.id(),
                channel);
        Instant now = now();
        Application application = Application.submit(particulars, caller.username(), now);
        if (!rows.insertIfAbsent(application, now)) {
            throw new InvalidInputException(
                    Violation.of("posting", "ALREADY_APPLIED", "invalid.application.posting.ALREADY_APPLIED"));
        }
        journal.record(application, fair == null ? null : fair.name());
        return views.of(application);
    }

    @Override
    public ApplicationView inviteToInterview(ApplicationId id, Instant at, String note) {
        checkNote("note", note);
        return step(
                id,
                this::mayActForEmployer,
                (application, by) -> application.inviteToInterview(
                        at == null ? null : at.truncatedTo(ChronoUnit.MINUTES), note, by, now()));
    }

    @Override
    public ApplicationView offer(ApplicationId id, OfferTerms terms) {
        return step(id, this::mayActForEmployer, (application, by) -> {
            application.checkCanMoveTo(OFFERED);
            List<Violation> violations = OfferTermsRule.check(
                    terms, postings.find(application.particulars().posting()), today());
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            application.offer(terms, by, now());
        });
    }

    @Override
    public ApplicationView accept(ApplicationId id) {
        return step(id, ApplicationAccess::mayAnswerOffer, (application, by) -> {
            application.accept(by, now());
            hiring.hire(application.particulars(), application.offer());
        });
    }

    @Override
    public ApplicationView decline(ApplicationId id) {
        return step(id, ApplicationAccess::mayAnswerOffer, (application, by) -> application.decline(by, now()));
    }

    @Override
    public ApplicationView withdraw(ApplicationId id) {
        return step(id, ApplicationAccess::mayWithdraw, (application, by) -> application.withdraw(by, now()));
    }

    @Override
    public ApplicationView reject(ApplicationId id, String reason) {
        checkNote("reason", reason);
        return step(id, this::mayActForEmployer, (application, by) -> application.reject(reason, by, now()));
    }

    /** The step's verb; it throws to refuse, and then nothing is written. */
    private interface Step {
        void take(Application application, String by);
    }

    /**
     * Locks the application, so that two steps on it take turns, checks that the caller sees it
     * (404) and may take this step (403), then stores the step and tells the others about it.
     */
    private ApplicationView step(ApplicationId id, BiPredicate<Caller, Particulars> may, Step step) {
        Caller caller = Callers.current();
        Application application = rows.lock(id)
                .filter(found -> ApplicationAccess.maySee(caller, found.particulars()))
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
        if (!may.test(caller, application.particulars())) {
            throw new AccessDeniedException("May not take this step on application " + id);
        }
        step.take(application, caller.username());
        rows.update(application, application.lastStep().at());
        journal.record(application, null);
        return views.of(application);
    }

    private boolean mayActForEmployer(Caller caller, Particulars application) {
        return employers.mayActFor(application.employer());
    }

    @Override
    @Transactional(readOnly = true)
    public ApplicationView find(ApplicationId id) {
        return views.of(visible(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<ApplicationStatus> nextStepsFor(ApplicationView view) {
        Caller caller = Callers.current();
        Particulars application = visible(view.id()).particulars();
        Set<ApplicationStatus> steps = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus next : ApplicationStatus.values()) {
            if (Application.allows(view.status(), next) && mayTake(caller, application, next)) {
                steps.add(next);
            }
        }
        return steps;
    }

    private boolean mayTake(Caller caller, Particulars application, ApplicationStatus next) {
        return switch (next) {
            case INTERVIEW, OFFERED, REJECTED -> mayActForEmployer(caller, application);
            case ACCEPTED, DECLINED -> ApplicationAccess.mayAnswerOffer(caller, application);
            case WITHDRAWN -> ApplicationAccess.mayWithdraw(caller, application);
            case APPLIED -> false;
        };
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationView> ofWorker(WorkerId worker) {
        registry.find(worker);
        return search(new ApplicationQuery(worker, null, null, null, null, 0, ApplicationQuery.MAX_SIZE))
                .items();
    }

    @Override
    @Transactional(readOnly = true)
    public ApplicationPage ofEmployer(EmployerId employer, ApplicationStatus status, int page, int size) {
        Caller caller = Callers.current();
        if (caller.is(Role.EMPLOYER) && !employer.value().equals(caller.employerId())) {
            throw new RecordNotFoundException("employer", employer);
        }
        return search(new ApplicationQuery(null, employer, null, null, status, page, size));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicationView> ofFair(FairId fair) {
        fairs.find(fair);
        return search(new ApplicationQuery(null, null, null, fair, null, 0, ApplicationQuery.MAX_SIZE))
                .items();
    }

    @Override
    @Transactional(readOnly = true)
    public ApplicationPage search(ApplicationQuery query) {
        ApplicationFilter filter = ApplicationFilter.of(query, Callers.current());
        List<Application> found = rows.page(filter, query.page(), query.size());
        long total = found.size() < query.size() && query.page() == 0 ? found.size() : rows.count(filter);
        return new ApplicationPage(views.of(found), total, query.page(), query.size());
    }

    @Override
    @Transactional(readOnly = true)
    public FairTally tally(FairId fair) {
        return rows.tally(fair);
    }

    private Application visible(ApplicationId id) {
        Caller caller = Callers.current();
        return rows.find(id)
                .filter(found -> ApplicationAccess.maySee(caller, found.particulars()))
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
    }

    private static void checkNote(String field, String text) {
        if (text != null && text.strip().length() > MAX_NOTE) {
            throw new InvalidInputException(Violation.of(field, "LENGTH", "invalid.application.note.LENGTH", MAX_NOTE));
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDate today() {
        return BureauTime.today();
    }
}
