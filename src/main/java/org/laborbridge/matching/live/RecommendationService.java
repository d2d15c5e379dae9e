package org.laborbridge.matching.live;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.matching.IndexStatus;
import org.laborbridge.matching.PostingRecommendation;
import org.laborbridge.matching.ReasonText;
import org.laborbridge.matching.Recommendations;
import org.laborbridge.matching.WorkerRecommendation;
import org.laborbridge.matching.scoring.Facts;
import org.laborbridge.matching.scoring.MatchScorer;
import org.laborbridge.matching.scoring.PostingFacts;
import org.laborbridge.matching.scoring.Ranked;
import org.laborbridge.matching.scoring.Reason;
import org.laborbridge.matching.scoring.Score;
import org.laborbridge.matching.scoring.WorkerFacts;
import org.laborbridge.matching.weights.CurrentScorer;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Catalogue;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;
import org.laborbridge.workers.Education;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.laborbridge.workers.WorkerSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Recommendations from the live indexes: candidates come from the index (never every pair), the
 * top N are scored again in full for their reasons, and the reasons are worded for the caller.
 */
@Service
class RecommendationService implements Recommendations {

    private final LiveIndexes indexes;
    private final CurrentScorer scorers;
    private final WorkerRegistry registry;
    private final JobPostings postings;
    private final Employers employers;
    private final MessageSource messages;

    RecommendationService(
            LiveIndexes indexes,
            CurrentScorer scorers,
            WorkerRegistry registry,
            JobPostings postings,
            Employers employers,
            MessageSource messages) {
        this.indexes = indexes;
        this.scorers = scorers;
        this.registry = registry;
        this.postings = postings;
        this.employers = employers;
        this.messages = messages;
    }

    @Override
    public List<PostingRecommendation> forWorker(WorkerId worker, int n) {
        Caller caller = Callers.current();
        if (!(caller.is(Role.ADMIN)
                || caller.is(Role.CASEWORKER)
                || caller.is(Role.PARTNER)
                || caller.is(Role.WORKER))) {
            throw new AccessDeniedException("Recommendations for workers are for the bureau, partners and the worker");
        }
        checkN(n);
        registry.find(worker); // scope: out of sight answers as missing
        WorkerFacts facts = indexes.worker(worker).orElse(null);
        if (facts == null) {
            return List.of();
        }
        MatchScorer scorer = scorers.scorer();
        int max = scorer.maxPoints();
        LiveIndexes.Snapshot snapshot = indexes.snapshot();
        List<PostingRecommendation> found = new ArrayList<>();
        List<Ranked<PostingFacts>> top = snapshot.postingIndex().topFor(facts, n, scorer);
        Map<JobPostingId, JobPostingView> now = stillOpen(top);
        for (Ranked<PostingFacts> ranked : top) {
            JobPostingView posting = now.get(ranked.candidate().id());
            if (posting == null) {
                continue; // filled or closed since the index heard of it, perhaps on another node
            }
            Score score = scorer.score(facts, ranked.candidate());
            found.add(new PostingRecommendation(
                    posting.id(),
                    posting.title(),
                    posting.jobType(),
                    posting.employerId(),
                    posting.employerName(),
                    posting.wageMin(),
                    posting.wageMax(),
                    posting.workRegion().value(),
                    posting.workRegionName(),
                    posting.housingProvided(),
                    posting.openingsLeft(),
                    score.points(),
                    percent(score.points(), max),
                    worded(score)));
        }
        return found;
    }

    @Override
    public List<WorkerRecommendation> forPosting(JobPostingId posting, int n) {
        Caller caller = Callers.current();
        if (!(caller.is(Role.ADMIN)
                || caller.is(Role.CASEWORKER)
                || caller.is(Role.PARTNER)
                || caller.is(Role.EMPLOYER))) {
            throw new AccessDeniedException("Recommendations for postings are for the bureau, partners and employers");
        }
        checkN(n);
        JobPostingView seen = postings.find(posting);
        if (caller.is(Role.EMPLOYER) && !employers.mayActFor(seen.employerId())) {
            throw new AccessDeniedException("An employer sees recommendations for their own postings only");
        }
        JobPostingView open = indexes.posting(posting).orElse(null);
        if (open == null) {
            return List.of();
        }
        PostingFacts facts = Facts.of(open);
        MatchScorer scorer = scorers.scorer();
        int max = scorer.maxPoints();
        boolean partner = caller.is(Role.PARTNER);
        boolean employer = caller.is(Role.EMPLOYER);
        List<Ranked<WorkerFacts>> ranked = indexes.snapshot()
                .workerIndex()
                .topFor(facts, n, scorer, worker -> !partner || caller.coversRegion(worker.householdCounty()));
        Map<WorkerId, WorkerSummary> summaries =
                registry
                        .summariesOf(ranked.stream()
                                .map(candidate -> candidate.candidate().id())
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(WorkerSummary::id, Function.identity()));
        List<WorkerRecommendation> found = new ArrayList<>();
        for (Ranked<WorkerFacts> candidate : ranked) {
            WorkerSummary summary = summaries.get(candidate.candidate().id());
            if (summary == null) {
                continue;
            }
            Score score = scorer.score(candidate.candidate(), facts);
            found.add(new WorkerRecommendation(
                    summary.id(),
                    summary.name(),
                    summary.residentId(),
                    summary.phone(),
                    summary.householdRegion().code(),
                    summary.householdRegion().name(),
                    employer ? null : summary.registeredPoor(),
                    score.points(),
                    percent(score.points(), max),
                    employer ? worded(withoutPriority(score)) : worded(score)));
        }
        return found;
    }

    /**
     * The ranked postings as the employers module has them now, open ones only: this node's index
     * hears only this node's events, so the few postings about to be shown are checked again.
     */
    private Map<JobPostingId, JobPostingView> stillOpen(List<Ranked<PostingFacts>> top) {
        LocalDate today = BureauTime.today();
        return postings
                .findAll(top.stream().map(ranked -> ranked.candidate().id()).toList())
                .stream()
                .filter(posting -> posting.status() == PostingStatus.OPEN
                        && posting.openingsLeft() > 0
                        && !today.isBefore(posting.validFrom())
                        && !today.isAfter(posting.validUntil()))
                .collect(Collectors.toMap(JobPostingView::id, Function.identity()));
    }

    @Override
    public IndexStatus status() {
        Caller caller = Callers.current();
        if (!(caller.is(Role.ADMIN) || caller.is(Role.CASEWORKER) || caller.is(Role.PARTNER))) {
            throw new AccessDeniedException("The index status is for bureau staff and partners");
        }
        return indexes.status();
    }

    @Override
    public int maxPoints() {
        return scorers.scorer().maxPoints();
    }

    /** The score as an employer may see it: the priority reason would tell them who is registered poor. */
    static Score withoutPriority(Score score) {
        return new Score(
                score.points(),
                score.eligible(),
                score.reasons().stream()
                        .filter(reason -> !reason.key().equals(MatchScorer.PRIORITY_REASON))
                        .toList());
    }

    private static int percent(int points, int max) {
        return max <= 0 ? 0 : Math.max(0, Math.min(100, Math.round(points * 100f / max)));
    }

    private static void checkN(int n) {
        if (n < 1 || n > MAX_N) {
            throw new InvalidInputException(Violation.of("n", "RANGE", "matching.invalid.n", 1, MAX_N));
        }
    }

    /** Heaviest first; job type and skill codes and county codes are named in the caller's language. */
    private List<ReasonText> worded(Score score) {
        return worded(score, LocaleContextHolder.getLocale());
    }

    List<ReasonText> worded(Score score, Locale locale) {
        return score.reasons().stream()
                .sorted(Comparator.comparing(Reason::excludes)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Reason::points).reversed()))
                .map(reason -> new ReasonText(
                        messages.getMessage(
                                reason.key(),
                                reason.arguments().stream()
                                        .map(argument -> named(argument, locale))
                                        .map(argument -> argument instanceof Education level
                                                ? messages.getMessage(
                                                        "worker.education." + level.name(), null, level.name(), locale)
                                                : argument)
                                        .toArray(),
                                reason.key(),
                                locale),
                        reason.points(),
                        reason.excludes()))
                .toList();
    }

    private static Object named(Object argument, Locale locale) {
        if (argument instanceof String code) {
            if (Catalogue.jobTypes().contains(code)) {
                return Catalogue.jobTypes().name(code, locale);
            }
            if (Catalogue.skills().contains(code)) {
                return Catalogue.skills().name(code, locale);
            }
            if (code.matches("\\d{6}")) {
                return RegionDirectory.standard()
                        .find(RegionCode.of(code))
                        .map(region -> (Object) region.name())
                        .orElse(code);
            }
        }
        return argument;
    }
}
