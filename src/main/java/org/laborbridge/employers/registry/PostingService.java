package org.laborbridge.employers.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.employers.JobPostingChanged;
import org.laborbridge.employers.JobPostingClosed;
import org.laborbridge.employers.JobPostingFilled;
import org.laborbridge.employers.JobPostingForm;
import org.laborbridge.employers.JobPostingId;
import org.laborbridge.employers.JobPostingPublished;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.JobPostings;
import org.laborbridge.employers.PostingPage;
import org.laborbridge.employers.PostingQuery;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of job postings in one place, for pages, API and the modules that hire. */
@Service
@Transactional
class PostingService implements JobPostings {

    static final String SUBJECT = "jobPosting";
    /** A hire racing an edit loses the edit's compare-and-set; a few fresh tries settle it. */
    private static final int CHANGE_ATTEMPTS = 5;

    static final int MAX_MATCHING_PAGE = 50_000;

    private final PostingRows rows;
    private final EmployerRows employers;
    private final ApplicationEventPublisher events;

    PostingService(PostingRows rows, EmployerRows employers, ApplicationEventPublisher events) {
        this.rows = rows;
        this.employers = employers;
        this.events = events;
    }

    @Override
    public JobPostingView draft(EmployerId employer, JobPostingForm form) {
        Caller caller = Callers.current();
        employers
                .find(employer)
                .filter(found -> EmployerAccess.maySee(caller, found.id()))
                .orElseThrow(() -> new RecordNotFoundException(EmployerService.SUBJECT, employer));
        EmployerService.requireActingFor(caller, employer);
        PostingTerms terms = PostingTerms.of(form, BureauTime.today());
        JobPostingId id = JobPostingId.random();
        rows.insert(id, employer, terms, caller.username(), now());
        return visible(caller, id).toView();
    }

    @Override
    public JobPostingView change(JobPostingId id, JobPostingForm form) {
        Caller caller = Callers.current();
        PostingTerms terms = PostingTerms.of(form, BureauTime.today());
        for (int attempt = 0; attempt < CHANGE_ATTEMPTS; attempt++) {
            StoredPosting before = actable(caller, id);
            PostingTransitions.checkChange(before.status());
            int openingsLeft = HeadcountRule.openingsLeftAfter(
                    before.terms().headcount(), before.openingsLeft(), terms.headcount());
            PostingStatus status = PostingTransitions.afterHeadcountChange(before.status(), openingsLeft);
            Instant now = now();
            if (rows.update(before, terms, openingsLeft, status, now)) {
                events.publishEvent(new JobPostingChanged(id, before.employer(), now));
                return visible(caller, id).toView();
            }
        }
        throw new ConcurrencyFailureException("Posting " + id + " kept changing while it was edited");
    }

    @Override
    public JobPostingView publish(JobPostingId id) {
        Caller caller = Callers.current();
        StoredPosting posting = actable(caller, id);
        PostingTransitions.checkPublish(posting.status(), posting.terms().validity(), BureauTime.today());
        Instant now = now();
        if (!rows.moveStatus(id, Set.of(PostingStatus.DRAFT), PostingStatus.OPEN, now)) {
            PostingTransitions.checkPublish(
                    visible(caller, id).status(), posting.terms().validity(), BureauTime.today());
        }
        events.publishEvent(new JobPostingPublished(
                id,
                posting.employer(),
                posting.terms().jobType(),
                posting.terms().headcount(),
                posting.terms().workRegion(),
                now));
        return visible(caller, id).toView();
    }

    @Override
    public JobPostingView close(JobPostingId id) {
        Caller caller = Callers.current();
        StoredPosting posting = actable(caller, id);
        PostingTransitions.checkClose(posting.status());
        Instant now = now();
        if (!rows.moveStatus(id, PostingTransitions.CHANGEABLE, PostingStatus.CLOSED, now)) {
            PostingTransitions.checkClose(visible(caller, id).status());
        }
        events.publishEvent(new JobPostingClosed(id, posting.employer(), now));
        return visible(caller, id).toView();
    }

    @Override
    @Transactional(readOnly = true)
    public JobPostingView find(JobPostingId id) {
        return visible(Callers.current(), id).toView();
    }

    @Override
    @Transactional(readOnly = true)
    public List<JobPostingView> findAll(Collection<JobPostingId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Caller caller = Callers.current();
        Map<JobPostingId, StoredPosting> found =
                rows.findAll(ids.stream().map(JobPostingId::value).distinct().toList()).stream()
                        .filter(posting -> maySee(caller, posting))
                        .collect(Collectors.toMap(StoredPosting::id, Function.identity()));
        return ids.stream()
                .distinct()
                .filter(found::containsKey)
                .map(id -> found.get(id).toView())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PostingPage search(PostingQuery query) {
        Caller caller = Callers.current();
        int size = Math.max(1, Math.min(query.size(), PostingQuery.MAX_SIZE));
        int page = Math.max(0, query.page());
        PostingFilter filter = PostingSearch.filter(query, caller);
        return new PostingPage(
                rows.search(filter, page, size).stream()
                        .map(StoredPosting::toView)
                        .toList(),
                rows.count(filter),
                page,
                size);
    }

    @Override
    @Transactional(readOnly = true)
    public List<JobPostingView> openFitting(Collection<String> jobTypes, Integer age, int limit) {
        return rows
                .openFitting(
                        jobTypes == null ? List.of() : jobTypes,
                        age,
                        BureauTime.today(),
                        Math.max(1, Math.min(limit, PostingQuery.MAX_SIZE)))
                .stream()
                .map(StoredPosting::toView)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<JobPostingView> openForMatching(JobPostingId after, int limit) {
        return rows.openForMatching(after, BureauTime.today(), Math.max(1, Math.min(limit, MAX_MATCHING_PAGE))).stream()
                .map(StoredPosting::toView)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<JobPostingView> openForMatching(JobPostingId id) {
        return rows.find(id)
                .map(StoredPosting::toView)
                .filter(posting -> posting.acceptsApplicationsOn(BureauTime.today()));
    }

    @Override
    public JobPostingView fill(JobPostingId id) {
        StoredPosting before = rows.find(id).orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
        Instant now = now();
        OptionalInt openingsLeft = rows.takeOpening(id, now);
        if (openingsLeft.isEmpty()) {
            PostingStatus status = rows.find(id).map(StoredPosting::status).orElse(before.status());
            throw status == PostingStatus.FILLED || status == PostingStatus.OPEN
                    ? refusal("NO_OPENINGS_LEFT")
                    : refusal("NOT_OPEN");
        }
        events.publishEvent(new JobPostingFilled(id, before.employer(), openingsLeft.getAsInt(), now));
        return rows.find(id).orElseThrow().toView();
    }

    /** Drafts are the enterprise's own work in progress; everything else is public to signed-in users. */
    private static boolean maySee(Caller caller, StoredPosting posting) {
        return posting.status() != PostingStatus.DRAFT || EmployerAccess.seesDraftsOf(caller, posting.employer());
    }

    private StoredPosting visible(Caller caller, JobPostingId id) {
        return rows.find(id)
                .filter(posting -> maySee(caller, posting))
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
    }

    /** Seen but someone else's: 403, since the caller knows it exists. */
    private StoredPosting actable(Caller caller, JobPostingId id) {
        StoredPosting posting = visible(caller, id);
        EmployerService.requireActingFor(caller, posting.employer());
        return posting;
    }

    private static InvalidInputException refusal(String code) {
        return new InvalidInputException(Violation.of("posting", code, "employers.invalid.posting." + code));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
