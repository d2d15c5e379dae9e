package org.laborbridge.matching.fairs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.fairs.ApplicationView;
import org.laborbridge.fairs.Applications;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.Fairs;
import org.laborbridge.fairs.SignedUp;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.matching.assignment.AssignmentResult;
import org.laborbridge.matching.assignment.FairAssignment;
import org.laborbridge.matching.scoring.Facts;
import org.laborbridge.matching.scoring.MatchScorer;
import org.laborbridge.matching.scoring.PostingFacts;
import org.laborbridge.matching.scoring.WorkerFacts;
import org.laborbridge.matching.weights.CurrentScorer;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.SeekingWorker;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fair assignment as a feature: gathers a fair's signed-up workers (in sign-up order) and its
 * postings with openings left, runs {@link FairAssignment} with the current scorer, stores the run
 * in one transaction, shows it within the caller's scope, and confirms it once into applications
 * with interview invitations through the fairs module.
 */
@Service
class FairAssignmentRuns {

    static final String SUBJECT = "fair-assignment-run";
    static final int POSTINGS_PER_PAGE = 20;
    static final int UNASSIGNED_PER_PAGE = 50;
    static final String INVITED = "INVITED";
    /** A pair an unexpected error stopped; confirming the run again retries it. */
    static final String FAILED = "FAILED";

    private static final Logger log = LoggerFactory.getLogger(FairAssignmentRuns.class);
    /** Pairs between renewals of a confirmation's lease, far fewer than a lease's time allows. */
    private static final int LEASE_RENEWAL = 100;

    private final Fairs fairs;
    private final Applications applications;
    private final JobPostings postings;
    private final WorkerRegistry registry;
    private final CurrentScorer scorers;
    private final RunRows rows;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    FairAssignmentRuns(
            Fairs fairs,
            Applications applications,
            JobPostings postings,
            WorkerRegistry registry,
            CurrentScorer scorers,
            RunRows rows,
            TransactionTemplate transactions,
            MessageSource messages) {
        this.fairs = fairs;
        this.applications = applications;
        this.postings = postings;
        this.registry = registry;
        this.scorers = scorers;
        this.rows = rows;
        this.transactions = transactions;
        this.messages = messages;
    }

    /** The fair, if the caller may run its assignment (403 otherwise, 404 when missing). */
    FairView fairToRun(FairId id) {
        FairView fair = fairs.find(id);
        if (!AssignmentAccess.mayRun(Callers.current(), fair)) {
            throw new AccessDeniedException("Only whoever runs the fair works with its assignment");
        }
        return fair;
    }

    boolean mayConfirm(FairView fair) {
        return AssignmentAccess.mayConfirm(Callers.current(), fair);
    }

    /**
     * Computes and stores a run. Refused, with nothing stored: the fair CANCELLED, NO_SIGN_UPS, or
     * NO_POSTINGS / NO_OPENINGS when none of its postings takes applications today with openings
     * left (postings without are simply left out of a run when others have some).
     */
    UUID compute(FairId id) {
        FairView fair = fairToRun(id);
        Caller caller = Callers.current();
        LocalDate today = BureauTime.today();
        // fairToRun checked that the caller runs this fair, which is what lets us read its whole list.
        List<SignedUp> signUps = fairs.signedUpWorkers(id);
        List<JobPostingView> atFair = postings.findAll(fairs.postingsAt(id));
        List<JobPostingView> open =
                atFair.stream().filter(p -> p.acceptsApplicationsOn(today)).toList();
        refuseBadInput(fair, signUps, atFair, open);

        Map<WorkerId, SeekingWorker> seeking =
                registry.seekingWorkAmong(signUps.stream().map(SignedUp::worker).toList()).stream()
                        .collect(Collectors.toMap(SeekingWorker::id, Function.identity()));
        List<WorkerFacts> workers = signUps.stream()
                .map(SignedUp::worker)
                .filter(seeking::containsKey)
                .map(worker -> Facts.of(seeking.get(worker), today))
                .toList();
        List<PostingFacts> postingFacts = open.stream().map(Facts::of).toList();
        MatchScorer scorer = scorers.scorer();
        AssignmentResult result = workers.isEmpty()
                ? new AssignmentResult(List.of(), List.of(), 0)
                : FairAssignment.assign(workers, postingFacts, scorer, FairAssignment.DEFAULT_LIST_LENGTH);

        Map<WorkerId, String> counties =
                signUps.stream().collect(Collectors.toMap(SignedUp::worker, SignedUp::householdCounty, (a, b) -> a));
        List<RunRows.UnassignedRow> unassigned = new ArrayList<>();
        result.unassigned()
                .forEach(u -> unassigned.add(new RunRows.UnassignedRow(
                        u.worker(),
                        counties.get(u.worker()),
                        UnassignedReason.valueOf(u.why().name()))));
        signUps.stream()
                .filter(s -> !seeking.containsKey(s.worker()))
                .forEach(s -> unassigned.add(
                        new RunRows.UnassignedRow(s.worker(), s.householdCounty(), UnassignedReason.NOT_SEEKING)));
        Map<JobPostingId, Integer> openings = new LinkedHashMap<>();
        open.forEach(p -> openings.put(p.id(), p.openingsLeft()));
        RunRows.NewRun run = new RunRows.NewRun(
                UUID.randomUUID(),
                id,
                caller.username(),
                Instant.now(),
                scorer.weights(),
                scorer.referenceWageFen(),
                FairAssignment.DEFAULT_LIST_LENGTH,
                result.totalPoints(),
                signUps.size(),
                openings,
                result.assigned().stream()
                        .map(a -> new RunRows.PairRow(
                                a.worker(), counties.get(a.worker()), a.posting(), a.points(), a.preferenceRank()))
                        .toList(),
                unassigned);
        transactions.executeWithoutResult(status -> rows.insert(run));
        log.info(
                "Fair {} assignment run {} by {}: {} of {} sign-ups assigned, {} points",
                id,
                run.id(),
                caller.username(),
                run.pairs().size(),
                signUps.size(),
                run.totalPoints());
        return run.id();
    }

    private void refuseBadInput(
            FairView fair, List<SignedUp> signUps, List<JobPostingView> atFair, List<JobPostingView> open) {
        List<Violation> violations = new ArrayList<>();
        if (fair.status() == FairStatus.CANCELLED) {
            violations.add(Violation.of("fair", "CANCELLED", "matching.fairs.refused.CANCELLED", fair.name()));
        }
        if (signUps.isEmpty()) {
            violations.add(Violation.of("fair", "NO_SIGN_UPS", "matching.fairs.refused.NO_SIGN_UPS", fair.name()));
        }
        if (atFair.isEmpty()) {
            violations.add(Violation.of("postings", "NO_POSTINGS", "matching.fairs.refused.NO_POSTINGS", fair.name()));
        } else if (open.isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            String titles = atFair.stream()
                    .map(p -> messages.getMessage(
                            "matching.fairs.postingOf", new Object[] {p.employerName(), p.title()}, locale))
                    .sorted()
                    .collect(Collectors.joining(messages.getMessage("matching.fairs.listSeparator", null, locale)));
            violations.add(Violation.of("postings", "NO_OPENINGS", "matching.fairs.refused.NO_OPENINGS", titles));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A run of the fair, a page of its postings and of its unassigned, as the caller may see them. */
    RunViews.Run find(FairId fair, UUID run, int postingPage, int unassignedPage) {
        fairToRun(fair);
        RunViews.Summary summary = rows.find(fair, run).orElseThrow(() -> new RecordNotFoundException(SUBJECT, run));
        return view(summary, postingPage, unassignedPage);
    }

    /** The fair's latest run, if any. */
    Optional<RunViews.Run> latest(FairId fair, int postingPage, int unassignedPage) {
        fairToRun(fair);
        return rows.latest(fair).map(summary -> view(summary, postingPage, unassignedPage));
    }

    List<RunViews.Listed> recent(FairId fair) {
        fairToRun(fair);
        return rows.recent(fair, 10);
    }

    private RunViews.Run view(RunViews.Summary summary, int postingPage, int unassignedPage) {
        Caller caller = Callers.current();
        List<RunRows.StoredPosting> stored = rows.postings(summary.id());
        Map<JobPostingId, JobPostingView> views =
                postings
                        .findAll(stored.stream()
                                .map(RunRows.StoredPosting::posting)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(JobPostingView::id, Function.identity()));
        List<RunRows.StoredPosting> ordered = stored.stream()
                .sorted(Comparator.comparing((RunRows.StoredPosting p) -> views.containsKey(p.posting())
                                ? views.get(p.posting()).employerName() + "\u0000"
                                        + views.get(p.posting()).title()
                                : "\uffff")
                        .thenComparing(p -> p.posting().value()))
                .toList();
        int postingFrom = Math.min(Math.max(postingPage, 0) * POSTINGS_PER_PAGE, ordered.size());
        List<RunRows.StoredPosting> onPage =
                ordered.subList(postingFrom, Math.min(postingFrom + POSTINGS_PER_PAGE, ordered.size()));
        List<RunRows.StoredPair> pairs = rows.pairs(
                summary.id(),
                onPage.stream().map(RunRows.StoredPosting::posting).toList());
        List<RunRows.UnassignedRow> unassigned =
                rows.unassigned(summary.id(), Math.max(unassignedPage, 0), UNASSIGNED_PER_PAGE);
        Map<WorkerId, WorkerSummary> names = names(
                caller,
                Stream.concat(
                                pairs.stream().map(p -> new Shown(p.worker(), p.householdCounty())),
                                unassigned.stream().map(u -> new Shown(u.worker(), u.householdCounty())))
                        .toList());
        List<RunViews.PostingResult> results = onPage.stream()
                .map(posting -> {
                    JobPostingView view = views.get(posting.posting());
                    return new RunViews.PostingResult(
                            posting.posting(),
                            view == null ? "" : view.title(),
                            view == null ? "" : view.employerName(),
                            posting.openings(),
                            pairs.stream()
                                    .filter(p -> p.posting().equals(posting.posting()))
                                    .map(p -> new RunViews.Pair(
                                            person(p.worker(), p.householdCounty(), names),
                                            p.points(),
                                            p.preferenceRank(),
                                            p.outcome()))
                                    .toList());
                })
                .toList();
        return new RunViews.Run(
                summary,
                new RunViews.Page<>(results, ordered.size(), Math.max(postingPage, 0), POSTINGS_PER_PAGE),
                new RunViews.Page<>(
                        unassigned.stream()
                                .map(u -> new RunViews.Unassigned(
                                        person(u.worker(), u.householdCounty(), names), u.why()))
                                .toList(),
                        summary.unassigned(),
                        Math.max(unassignedPage, 0),
                        UNASSIGNED_PER_PAGE));
    }

    /** A worker on the page being shown, with the county that decides whether the caller sees the name. */
    private record Shown(WorkerId worker, String householdCounty) {}

    /** Masked summaries of the workers the caller may see by name; nobody else is looked up. */
    private Map<WorkerId, WorkerSummary> names(Caller caller, List<Shown> shown) {
        List<WorkerId> visible = shown.stream()
                .filter(row -> AssignmentAccess.seesByName(caller, row.householdCounty()))
                .map(Shown::worker)
                .distinct()
                .toList();
        return registry.summariesOf(visible).stream().collect(Collectors.toMap(WorkerSummary::id, Function.identity()));
    }

    private static RunViews.Person person(WorkerId worker, String county, Map<WorkerId, WorkerSummary> names) {
        WorkerSummary summary = names.get(worker);
        return summary == null
                ? new RunViews.Person(worker, null, null, county)
                : new RunViews.Person(worker, summary.name(), summary.residentId(), county);
    }

    /**
     * Turns every pair of the run into an application through the fair with an interview
     * invitation at {@code interviewAt} (null: the default of {@link #defaultInterviewAt}).
     * ADMIN and CASEWORKER only; the fair must still take applications (422 otherwise); only the
     * fair's latest run (409 NOT_LATEST otherwise, nothing changed).
     *
     * <p>The first confirmation marks the run confirmed by one guarded update, so two racing make
     * one set of invitations (the other gets 409 ALREADY_CONFIRMED); it holds a lease on the run,
     * renewed as it goes, while it works, and another call meanwhile gets 409 CONFIRMING. Each pair is then its own
     * transaction that locks the pair while it has no outcome: a pair the fairs module refuses
     * (ALREADY_APPLIED, NO_OPENINGS_LEFT …) records that code, and any other error records FAILED
     * with its own work rolled back. Confirming a confirmed run again is the repair: it processes
     * only the pairs without an outcome or FAILED, and is refused with ALREADY_CONFIRMED when there
     * are none. The run's counts are always counted from the pairs' outcomes.
     */
    RunViews.Confirmation confirm(FairId fairId, UUID run, Instant interviewAt) {
        FairView fair = fairToRun(fairId);
        Caller caller = Callers.current();
        if (!AssignmentAccess.mayConfirm(caller, fair)) {
            throw new AccessDeniedException("Interview invitations are the employer's or the bureau's step");
        }
        RunViews.Summary summary = rows.find(fairId, run).orElseThrow(() -> new RecordNotFoundException(SUBJECT, run));
        if (summary.confirmed() && summary.unfinished() == 0) {
            throw new RunConflictException("ALREADY_CONFIRMED");
        }
        if (!summary.latest()) {
            throw new RunConflictException("NOT_LATEST");
        }
        LocalDate today = BureauTime.today();
        if (!fair.acceptsApplicationsOn(today)) {
            String code = fair.status() == FairStatus.CANCELLED ? "CANCELLED" : "FINISHED";
            throw new InvalidInputException(
                    Violation.of("fair", code, "matching.fairs.refused.confirm." + code, fair.name()));
        }
        Instant at = interviewAt == null ? defaultInterviewAt(fair) : interviewAt;
        if (at.isBefore(Instant.now())) {
            throw new InvalidInputException(
                    Violation.of("interviewAt", "IN_PAST", "matching.fairs.refused.interviewAt.IN_PAST"));
        }
        boolean repair = summary.confirmed();
        Boolean claimed = transactions.execute(status -> repair
                ? rows.claimRepair(run, Instant.now())
                : rows.claimConfirmation(run, caller.username(), Instant.now()));
        if (!Boolean.TRUE.equals(claimed)) {
            RunViews.Summary now = rows.find(fairId, run).orElseThrow();
            if (!now.latest()) {
                throw new RunConflictException("NOT_LATEST");
            }
            boolean working = repair && now.unfinished() > 0 && rows.leased(run, Instant.now());
            throw new RunConflictException(working ? "CONFIRMING" : "ALREADY_CONFIRMED");
        }
        try {
            int done = 0;
            for (RunRows.StoredPair pair : rows.pairs(run, null)) {
                if (pair.outcome() == null || FAILED.equals(pair.outcome())) {
                    invite(fairId, run, pair, at);
                    if (++done % LEASE_RENEWAL == 0) {
                        transactions.executeWithoutResult(
                                status -> rows.lease(run, Instant.now().plus(RunRows.LEASE)));
                    }
                }
            }
        } finally {
            transactions.executeWithoutResult(status -> rows.lease(run, null));
        }
        transactions.executeWithoutResult(status -> rows.recordConfirmationCounts(run));
        Map<String, Integer> outcomes = rows.outcomes(run);
        int invitations = outcomes.getOrDefault(INVITED, 0);
        int failed = outcomes.getOrDefault(FAILED, 0);
        Map<String, Integer> skipped = new LinkedHashMap<>(outcomes);
        skipped.remove(INVITED);
        skipped.remove(FAILED);
        log.info(
                "Fair {} assignment run {} {} by {}: {} invitations, {} skipped, {} failed",
                fairId,
                run,
                repair ? "confirmed again" : "confirmed",
                caller.username(),
                invitations,
                skipped.values().stream().mapToInt(Integer::intValue).sum(),
                failed);
        return new RunViews.Confirmation(run, invitations, skipped, failed);
    }

    /** One pair into an invitation, or its refusal code, or FAILED; a pair settled meanwhile is left alone. */
    private void invite(FairId fairId, UUID run, RunRows.StoredPair pair, Instant at) {
        String refusal;
        try {
            transactions.executeWithoutResult(status -> {
                if (!rows.claimPair(run, pair.worker())) {
                    return;
                }
                ApplicationView applied = applications.apply(pair.worker(), pair.posting(), fairId);
                ApplicationView invited = applications.inviteToInterview(applied.id(), at, null);
                rows.recordOutcome(run, pair.worker(), INVITED, invited.id().value());
            });
            return;
        } catch (InvalidInputException refused) {
            refusal = refused.violations().get(0).code();
        } catch (RecordNotFoundException gone) {
            refusal = "NOT_FOUND";
        } catch (RuntimeException failure) {
            log.warn("Fair {} assignment run {}: invitation of worker {} failed", fairId, run, pair.worker(), failure);
            refusal = FAILED;
        }
        String outcome = refusal;
        transactions.executeWithoutResult(status -> rows.recordOutcome(run, pair.worker(), outcome, null));
    }

    /** 09:00 on the fair's first day, or on the next day when that has passed: interviews at the fair. */
    static Instant defaultInterviewAt(FairView fair) {
        LocalDate today = BureauTime.today();
        LocalDate day = fair.startsOn().isAfter(today) ? fair.startsOn() : today.plusDays(1);
        return day.atTime(9, 0).atZone(BureauTime.ZONE).toInstant();
    }
}
