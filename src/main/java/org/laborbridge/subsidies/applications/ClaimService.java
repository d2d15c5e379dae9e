package org.laborbridge.subsidies.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Masking;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.ApplicationForm;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.ApplicationPage;
import org.laborbridge.subsidies.ApplicationQuery;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.ClaimBasis;
import org.laborbridge.subsidies.DocumentView;
import org.laborbridge.subsidies.PolicyJudgement;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.PublicNotice;
import org.laborbridge.subsidies.Reason;
import org.laborbridge.subsidies.StageView;
import org.laborbridge.subsidies.StepOutOfOrderException;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.SubsidyApplied;
import org.laborbridge.subsidies.SubsidyApproved;
import org.laborbridge.subsidies.SubsidyRejected;
import org.laborbridge.subsidies.catalogue.CatalogueShelf;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.eligibility.ClaimJudge;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims from application to approval. Every step locks the claim, checks who may take it
 * ({@link ClaimAccess}), then its order ({@link StepOrder}, 409), then the rules of review and of
 * money ({@link FourEyesRule}, the required documents, {@link AccountRule}, {@link BudgetRule},
 * 422), and writes the step, the worker's timeline and the event in the same transaction.
 */
@Service
@Transactional(readOnly = true)
class ClaimService implements SubsidyApplications {

    static final String SUBJECT = "subsidy-application";
    static final int MAX_NOTE = 2000;
    static final int MAX_LIST = 200;

    private static final Logger log = LoggerFactory.getLogger(ClaimService.class);

    private final ClaimRows rows;
    private final CatalogueShelf policies;
    private final ClaimViews views;
    private final ClaimTimeline timeline;
    private final ClaimJudge judge;
    private final PublicNotice notice;
    private final SubsidyClock clock;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final FourEyesRule fourEyes = new FourEyesRule();
    private final BudgetRule budgetRule = new BudgetRule();
    private final AccountRule accountRule = new AccountRule();

    ClaimService(
            ClaimRows rows,
            CatalogueShelf policies,
            ClaimViews views,
            ClaimTimeline timeline,
            ClaimJudge judge,
            PublicNotice notice,
            SubsidyClock clock,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.rows = rows;
        this.policies = policies;
        this.views = views;
        this.timeline = timeline;
        this.judge = judge;
        this.notice = notice;
        this.clock = clock;
        this.events = events;
        this.json = json;
    }

    @Override
    @Transactional
    public ApplicationView apply(ApplicationForm form) {
        Caller caller = Callers.current();
        if (!ClaimAccess.mayApplyAtAll(caller)) {
            throw new AccessDeniedException("Approvers approve claims; they do not make them");
        }
        if (form == null) {
            throw Refusals.refused("policyCode", "REQUIRED");
        }
        List<Violation> violations = new ArrayList<>();
        String code = AccountRule.trimmed(form.policyCode());
        if (code == null) {
            violations.add(Refusals.violation("policyCode", "REQUIRED"));
        }
        if (form.basisKind() == null) {
            violations.add(Refusals.violation("basisKind", "REQUIRED"));
        }
        if (form.basisId() == null) {
            violations.add(Refusals.violation("basisId", "REQUIRED"));
        }
        if (form.basisKind() == BasisKind.TRIP_SHARE && form.worker() == null) {
            violations.add(Refusals.violation("worker", "REQUIRED"));
        }
        String note = AccountRule.trimmed(form.note());
        if (note != null && note.length() > MAX_NOTE) {
            violations.add(Refusals.violation("note", "TOO_LONG", MAX_NOTE));
        }
        String payeeName = AccountRule.trimmed(form.payeeName());
        String bankName = AccountRule.trimmed(form.bankName());
        String bankAccount = AccountRule.normalise(form.bankAccount());
        violations.addAll(accountRule.check(payeeName, bankName, bankAccount, false));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        PolicyView policy = policies.latest(code).orElseThrow(() -> Refusals.refused("policyCode", "UNKNOWN", code));
        ClaimBasis basis = judge.basis(form.basisKind(), form.basisId(), form.worker());
        Claim claim = create(policy, basis, payeeName, bankName, bankAccount, caller, "SUBMITTED", note);
        return views.detail(claim, caller, clock.today());
    }

    /**
     * The platform's transport claim for one traveller of a handed-over trip: of the transport
     * policies the share is eligible for, the one paying the most; nothing when none is.
     */
    @Transactional
    Optional<ApplicationId> claimTripShare(TripId trip, WorkerId traveller) {
        Caller caller = Callers.current();
        ClaimBasis basis = judge.basis(BasisKind.TRIP_SHARE, trip.value(), traveller);
        rows.lockWorker(traveller);
        Optional<PolicyView> best = policies.latestOfKind(PolicyKind.TRANSPORT).stream()
                .map(policy -> new Judged(policy, judge.judge(policy, basis).judgement()))
                .filter(judged -> judged.judgement().eligible())
                .max(Comparator.comparing(judged -> judged.judgement().amount()))
                .map(Judged::policy);
        if (best.isEmpty()) {
            log.info("No transport subsidy applies to traveller {} of trip {}", traveller, trip);
            return Optional.empty();
        }
        return Optional.of(create(best.get(), basis, null, null, null, caller, "AUTO_SUBMITTED", null).id);
    }

    private record Judged(PolicyView policy, PolicyJudgement judgement) {}

    private Claim create(
            PolicyView policy,
            ClaimBasis basis,
            String typedPayeeName,
            String bankName,
            String bankAccount,
            Caller caller,
            String action,
            String note) {
        rows.lockWorker(basis.worker());
        ClaimJudge.Claim judged = judge.judge(policy, basis);
        PolicyJudgement judgement = judged.judgement();
        if (!judgement.eligible()) {
            throw ineligible(policy, judgement);
        }
        ClaimAccess.Subject subject =
                new ClaimAccess.Subject(judgement.payee(), basis.worker(), basis.householdCounty(), basis.employer());
        if (!ClaimAccess.mayApplyFor(caller, subject)) {
            throw Refusals.refused("policy", "PAYEE", policy.code());
        }
        String payeeName = payeeName(judgement, basis, typedPayeeName);
        if (payeeName == null) {
            throw Refusals.refused("payeeName", "REQUIRED");
        }
        Instant now = clock.now();
        Claim claim = new Claim(
                        new ApplicationId(UUID.randomUUID()),
                        rows.nextNumber(clock.today().getYear()),
                        policy.id(),
                        policy.code(),
                        policy.name(),
                        judgement.kind(),
                        judgement.payee(),
                        basis.worker(),
                        basis.householdCounty(),
                        basis.employer(),
                        basis.kind(),
                        basis.id(),
                        basis.day(),
                        judgement.amount(),
                        Judgements.write(json, judgement.reasons()),
                        judged.onceScope(),
                        caller.username(),
                        caller.role().name(),
                        now,
                        ApplicationStatus.SUBMITTED)
                .restored(payeeName, bankName, bankAccount, null, null, null, null, null, null);
        try {
            rows.insert(claim, now);
        } catch (DuplicateKeyException raced) {
            // The judge saw no live claim, yet one was stored meanwhile: the unique indexes decide.
            throw alreadyClaimed(raced, policy.code());
        }
        rows.step(claim.id, action, caller.username(), caller.role().name(), note, now);
        timeline.record(claim, ClaimTimeline.APPLIED);
        events.publishEvent(new SubsidyApplied(
                claim.id, claim.policyCode, claim.kind, claim.worker, claim.householdCounty, claim.amount, now));
        log.debug("Subsidy claim {} ({}) made by {}", claim.number, claim.policyCode, caller.username());
        return claim;
    }

    /** The worker, the enterprise or the trip's operator, as the policy pays; typed only for a purchased service. */
    private static String payeeName(PolicyJudgement judgement, ClaimBasis basis, String typed) {
        String given = switch (judgement.payee()) {
            case WORKER -> basis.workerName();
            case EMPLOYER -> basis.employerName();
            case SERVICE_PROVIDER -> judgement.kind() == PolicyKind.TRANSPORT ? basis.operator() : null;
        };
        String name = given == null || given.isBlank() ? typed : given;
        return name == null || name.isBlank() ? null : name.strip();
    }

    private static InvalidInputException ineligible(PolicyView policy, PolicyJudgement judgement) {
        List<Violation> violations = new ArrayList<>();
        violations.add(Refusals.violation("policy", "INELIGIBLE", policy.name()));
        for (Reason reason : judgement.unmet()) {
            violations.add(Violation.of(
                    "conditions",
                    reason.type(),
                    reason.messageKey(),
                    reason.arguments().toArray()));
        }
        return new InvalidInputException(violations);
    }

    /**
     * Once per person, or the basis already claimed: under this policy, or (a trip share) under
     * any transport policy.
     */
    private static InvalidInputException alreadyClaimed(DuplicateKeyException raced, String code) {
        String message = String.valueOf(raced.getMessage());
        String reason = message.contains("once_per_person") ? "ONCE_PER_PERSON" : "BASIS_CLAIMED";
        return Refusals.refused("policy", reason, code);
    }

    @Override
    @Transactional
    public ApplicationView find(ApplicationId id) {
        Caller caller = Callers.current();
        Claim claim = visible(rows.find(id), id, caller);
        return views.detail(claim, caller, clock.today());
    }

    @Override
    public ApplicationPage search(ApplicationQuery query) {
        Caller caller = Callers.current();
        ClaimRows.Page page = rows.search(query, caller);
        return new ApplicationPage(views.list(page.items(), clock.today()), page.total(), page.page(), page.size());
    }

    @Override
    public List<ApplicationView> ofWorker(WorkerId worker) {
        return search(new ApplicationQuery(null, null, null, null, worker, null, 0, MAX_LIST))
                .items();
    }

    @Override
    @Transactional
    public ApplicationView accept(ApplicationId id, String note) {
        Caller caller = Callers.current();
        Claim claim = locked(id, caller);
        requireReviewer(caller);
        String text = optionalNote("note", note);
        int openObjections = rows.openObjections(id);
        claim.requireAcceptable(openObjections);
        List<Violation> violations = new ArrayList<>();
        fourEyes.checkReview(caller.username(), claim.createdBy).ifPresent(violations::add);
        violations.addAll(missingDocuments(claim));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.now();
        claim.accept(caller.username(), now, openObjections);
        return saved(claim, "ACCEPTED", caller, text, now);
    }

    @Override
    @Transactional
    public ApplicationView reject(ApplicationId id, String reason) {
        Caller caller = Callers.current();
        Claim claim = locked(id, caller);
        boolean atApproval = ClaimAccess.mayApprove(caller);
        if (!atApproval && !ClaimAccess.mayReview(caller)) {
            throw new AccessDeniedException("Caseworkers reject at review, approvers at approval");
        }
        String text = requiredNote("reason", reason);
        if (atApproval) {
            claim.rejectAtApproval();
        } else {
            claim.requireInReview();
            Optional<Violation> selfReview = fourEyes.checkReview(caller.username(), claim.createdBy);
            if (selfReview.isPresent()) {
                throw new InvalidInputException(selfReview.get());
            }
            claim.rejectAtReview();
        }
        Instant now = clock.now();
        ApplicationView view = saved(claim, "REJECTED", caller, text, now);
        rejected(claim, now);
        return view;
    }

    @Override
    @Transactional
    public ApplicationView askForMore(ApplicationId id, String note) {
        Caller caller = Callers.current();
        Claim claim = locked(id, caller);
        requireReviewer(caller);
        String text = requiredNote("note", note);
        claim.askForMore();
        return saved(claim, "MORE_REQUESTED", caller, text, clock.now());
    }

    @Override
    @Transactional
    public ApplicationView resubmit(ApplicationId id, String note) {
        Caller caller = Callers.current();
        Claim claim = locked(id, caller);
        requireApplicant(caller, claim);
        String text = optionalNote("note", note);
        claim.resubmit();
        return saved(claim, "RESUBMITTED", caller, text, clock.now());
    }

    @Override
    @Transactional
    public ApplicationView changeAccount(ApplicationId id, String payeeName, String bankName, String bankAccount) {
        Caller caller = Callers.current();
        Claim claim = locked(id, caller);
        // After approval only the bureau repairs an account the bank refused; before it, the applicant's side.
        boolean repair = claim.status() == ApplicationStatus.APPROVED && rows.awaitsRepairAfterFailedPayment(id);
        if (repair) {
            requireReviewer(caller);
        } else {
            requireApplicant(caller, claim);
        }
        String name = AccountRule.trimmed(payeeName);
        String bank = AccountRule.trimmed(bankName);
        String account = AccountRule.normalise(bankAccount);
        List<Violation> violations = new ArrayList<>(accountRule.check(name, bank, account, false));
        if (account == null) {
            violations.add(Refusals.violation("bankAccount", "REQUIRED"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        // The person or enterprise paid is fixed by the policy; only a purchased service names its provider.
        String payee = claim.payee == Payee.SERVICE_PROVIDER && name != null ? name : claim.payeeName();
        claim.changeAccount(payee, bank, account, repair);
        return saved(claim, "ACCOUNT_CHANGED", caller, Masking.bankAccount(account), clock.now());
    }

    @Override
    @Transactional
    public ApplicationView approve(ApplicationId id) {
        Caller caller = Callers.current();
        Claim seen = visible(rows.find(id), id, caller);
        if (!ClaimAccess.mayApprove(caller)) {
            throw new AccessDeniedException("Only approvers approve subsidy claims");
        }
        // Policy first, then claim, always in this order: approvals of one policy queue on its row.
        rows.lockPolicy(seen.policy.policy());
        Claim claim = locked(id, caller);
        claim.requireAwaitingApproval();
        List<Violation> violations = new ArrayList<>();
        fourEyes.check(caller.username(), claim.createdBy, claim.reviewedBy()).ifPresent(violations::add);
        accountRule.presentForApproval(claim.bankAccount()).ifPresent(violations::add);
        if (violations.isEmpty()) {
            ClaimRows.Spent spent = rows.spent(claim.policy.policy());
            budgetRule
                    .check(rows.budget(claim.policy.policy()), spent.committed(), spent.paid(), claim.amount)
                    .ifPresent(violations::add);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.now();
        LocalDate today = clock.today();
        LocalDate from = notice.noticeFrom(today);
        LocalDate until = notice.noticeUntil(today);
        claim.approve(caller.username(), now, from, until);
        rows.save(claim, now);
        rows.insertStages(claim.id, policies.terms(claim.policy).stages().split(claim.amount, claim.basisDay));
        rows.step(claim.id, "APPROVED", caller.username(), caller.role().name(), from + " – " + until, now);
        timeline.record(claim, ClaimTimeline.APPROVED);
        events.publishEvent(new SubsidyApproved(
                claim.id, claim.policyCode, claim.kind, claim.worker, claim.householdCounty, claim.amount, now));
        log.debug("Subsidy claim {} approved by {}; notice until {}", claim.number, caller.username(), until);
        return views.detail(claim, caller, today);
    }

    @Override
    @Transactional
    public ApplicationView object(ApplicationId id, String reason) {
        Caller caller = Callers.current();
        Claim claim = locked(id, caller);
        if (!ClaimAccess.mayObject(caller, claim.subject())) {
            throw new AccessDeniedException("Objections are recorded by the bureau and the partner in scope");
        }
        String text = requiredNote("reason", reason);
        if (rows.stages(id).stream().map(StageView::status).anyMatch(status -> !"PENDING".equals(status))) {
            throw new StepOutOfOrderException("STAGE_IN_BATCH");
        }
        Instant now = clock.now();
        claim.reopen(clock.today());
        rows.deleteStages(id);
        rows.insertObjection(UUID.randomUUID(), id, text, caller.username(), now);
        log.info("Objection to subsidy claim {} recorded by {}", claim.number, caller.username());
        return saved(claim, "OBJECTION_RAISED", caller, text, now);
    }

    @Override
    @Transactional
    public ApplicationView resolveObjection(ApplicationId id, UUID objection, boolean upheld, String note) {
        Caller caller = Callers.current();
        Claim claim = locked(id, caller);
        if (!ClaimAccess.mayResolveObjection(caller)) {
            throw new AccessDeniedException("Caseworkers resolve objections");
        }
        String text = optionalNote("note", note);
        String status = rows.objectionStatus(id, objection)
                .orElseThrow(() -> new RecordNotFoundException("subsidy-objection", objection));
        new StepOrder().resolve(status);
        Instant now = clock.now();
        rows.resolveObjection(objection, upheld, caller.username(), text, now);
        rows.step(
                id,
                upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED",
                caller.username(),
                caller.role().name(),
                text,
                now);
        if (upheld && claim.rejectForObjection()) {
            rows.save(claim, now);
            rows.step(id, "REJECTED", caller.username(), caller.role().name(), text, now);
            rejected(claim, now);
        }
        return views.detail(claim, caller, clock.today());
    }

    @Override
    public boolean mayApply() {
        return Callers.find().map(ClaimAccess::mayApplyAtAll).orElse(false);
    }

    @Override
    public boolean mayReview(ApplicationView application) {
        return Callers.find()
                        .filter(ClaimAccess::mayReview)
                        .filter(caller -> fourEyes.checkReview(caller.username(), application.createdBy())
                                .isEmpty())
                        .isPresent()
                && application.status() == ApplicationStatus.SUBMITTED;
    }

    @Override
    public boolean mayApprove(ApplicationView application) {
        Optional<Caller> caller = Callers.find();
        if (caller.isEmpty()
                || !ClaimAccess.mayApprove(caller.get())
                || application.status() != ApplicationStatus.ACCEPTED) {
            return false;
        }
        return rows.find(application.id())
                .map(claim -> fourEyes.check(caller.get().username(), claim.createdBy, claim.reviewedBy())
                        .isEmpty())
                .orElse(false);
    }

    @Override
    public boolean mayObject(ApplicationView application) {
        return Callers.find()
                        .map(caller -> ClaimAccess.mayObject(caller, subject(application)))
                        .orElse(false)
                && application.status() == ApplicationStatus.APPROVED
                && application.noticeUntil() != null
                && !clock.today().isAfter(application.noticeUntil());
    }

    /** Whether the caller answers for the applicant: resubmit after a request for more, give the account. */
    boolean mayActAsApplicant(ApplicationView application) {
        return Callers.find()
                .map(caller -> ClaimAccess.mayActAsApplicant(caller, subject(application)))
                .orElse(false);
    }

    boolean mayResolveObjections() {
        return Callers.find().map(ClaimAccess::mayResolveObjection).orElse(false);
    }

    java.util.Map<ApplicationStatus, Long> countByStatus() {
        return rows.countByStatus(Callers.current());
    }

    private static ClaimAccess.Subject subject(ApplicationView view) {
        return new ClaimAccess.Subject(view.payee(), view.worker(), view.householdCounty(), view.employer());
    }

    private ApplicationView saved(Claim claim, String action, Caller caller, String note, Instant at) {
        rows.save(claim, at);
        rows.step(claim.id, action, caller.username(), caller.role().name(), note, at);
        return views.detail(claim, caller, clock.today());
    }

    /** One refusal per document type the claim's policy version requires and nobody attached yet. */
    private List<Violation> missingDocuments(Claim claim) {
        Set<String> attached = rows.documents(claim.id).stream()
                .map(DocumentView::documentType)
                .collect(Collectors.toSet());
        return policies.terms(claim.policy).requiredDocuments().stream()
                .filter(type -> !attached.contains(type))
                .map(type -> Refusals.violation("documents", "MISSING", type))
                .toList();
    }

    private void rejected(Claim claim, Instant at) {
        timeline.record(claim, ClaimTimeline.REJECTED);
        events.publishEvent(new SubsidyRejected(
                claim.id, claim.policyCode, claim.kind, claim.worker, claim.householdCounty, claim.amount, at));
    }

    private Claim locked(ApplicationId id, Caller caller) {
        return visible(rows.lock(id), id, caller);
    }

    private static Claim visible(Optional<Claim> found, ApplicationId id, Caller caller) {
        return found.filter(claim -> ClaimAccess.mayRead(caller, claim.subject()))
                .orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
    }

    private static void requireReviewer(Caller caller) {
        if (!ClaimAccess.mayReview(caller)) {
            throw new AccessDeniedException("Caseworkers review subsidy claims");
        }
    }

    private static void requireApplicant(Caller caller, Claim claim) {
        if (!ClaimAccess.mayActAsApplicant(caller, claim.subject())) {
            throw new AccessDeniedException("Only the applicant's side answers for a claim");
        }
    }

    private static String requiredNote(String field, String text) {
        String note = optionalNote(field, text);
        if (note == null) {
            throw Refusals.refused(field, "REQUIRED");
        }
        return note;
    }

    private static String optionalNote(String field, String text) {
        String note = AccountRule.trimmed(text);
        if (note != null && note.length() > MAX_NOTE) {
            throw Refusals.refused(field, "TOO_LONG", MAX_NOTE);
        }
        return note;
    }
}
