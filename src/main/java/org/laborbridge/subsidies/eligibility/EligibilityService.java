package org.laborbridge.subsidies.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.employers.Employers;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.placements.RetentionCheckView;
import org.laborbridge.placements.RetentionOutcome;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.BasisJudgements;
import org.laborbridge.subsidies.ClaimBasis;
import org.laborbridge.subsidies.PolicyJudgement;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.Reason;
import org.laborbridge.subsidies.SubsidyEligibility;
import org.laborbridge.subsidies.catalogue.CatalogueShelf;
import org.laborbridge.subsidies.eligibility.ClaimRules.BasisClaimedRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.BasisKindRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.ExclusionRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.InForceRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.OncePerPersonRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.PayeeRule;
import org.laborbridge.subsidies.eligibility.LiveClaims.LiveClaim;
import org.laborbridge.subsidies.eligibility.TripShareRows.StoredShare;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.Eligibility;
import org.laborbridge.subsidies.policy.EligibilityEngine;
import org.laborbridge.subsidies.policy.Facts;
import org.laborbridge.subsidies.policy.PartnerFlagLookup;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerBackground;
import org.laborbridge.workers.WorkerId;
import org.laborbridge.workers.WorkerRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the facts of a basis as the caller may see it and judges policies on it: the engine for
 * the policy's conditions, then the claim's own checks. Pages and applications both come here, so
 * what a page promises is what an application gets.
 */
@Service
@Transactional(readOnly = true)
class EligibilityService implements ClaimJudge, SubsidyEligibility {

    static final String BASIS = "subsidy-basis";
    static final String TRIP_SHARE = "trip-share";

    private final Placements placements;
    private final WorkerRegistry registry;
    private final Employers employers;
    private final PartnerRegions partnerRegions;
    private final TripShareRows shares;
    private final LiveClaims liveClaims;
    private final CatalogueShelf catalogue;
    private final EligibilityEngine engine = new EligibilityEngine();
    private final BasisKindRule basisKindRule = new BasisKindRule();
    private final InForceRule inForceRule = new InForceRule();
    private final PayeeRule payeeRule = new PayeeRule();
    private final OncePerPersonRule onceRule = new OncePerPersonRule();
    private final ExclusionRule exclusionRule = new ExclusionRule();
    private final BasisClaimedRule basisClaimedRule = new BasisClaimedRule();

    EligibilityService(
            Placements placements,
            WorkerRegistry registry,
            Employers employers,
            PartnerRegions partnerRegions,
            TripShareRows shares,
            LiveClaims liveClaims,
            CatalogueShelf catalogue) {
        this.placements = placements;
        this.registry = registry;
        this.employers = employers;
        this.partnerRegions = partnerRegions;
        this.shares = shares;
        this.liveClaims = liveClaims;
        this.catalogue = catalogue;
    }

    // ClaimJudge

    @Override
    public ClaimBasis basis(BasisKind kind, UUID basisId, WorkerId worker) {
        return gather(kind, basisId, worker).basis();
    }

    @Override
    public Claim judge(PolicyView policy, ClaimBasis basis) {
        Gathered gathered = gather(basis.kind(), basis.id(), basis.worker());
        return judge(policy, gathered, liveClaims.of(gathered.basis().worker()), Callers.current());
    }

    // SubsidyEligibility

    @Override
    public List<BasisJudgements> forWorker(WorkerId worker) {
        Caller caller = Callers.current();
        WorkerBackground background = background(worker)
                .filter(found -> seesWorker(caller, found))
                .orElseThrow(() -> new RecordNotFoundException("worker", worker));
        List<Gathered> bases = new ArrayList<>();
        for (PlacementView placement : placements.ofWorker(worker)) {
            bases.add(placementFacts(placement, background));
        }
        for (StoredShare share : shares.ofWorker(worker)) {
            if (seesShare(caller, share)) {
                bases.add(shareFacts(share, background));
            }
        }
        if (caller.is(Role.EMPLOYER) && bases.isEmpty()) {
            // An enterprise knows a worker only through its own hires.
            throw new RecordNotFoundException("worker", worker);
        }
        bases.sort(Comparator.comparing((Gathered g) -> g.basis().day()).reversed());
        List<PolicyView> policies = catalogue.latestOfEach();
        List<LiveClaim> claims = liveClaims.of(worker);
        return bases.stream()
                .map(gathered -> judgeAll(policies, gathered, claims, caller))
                .toList();
    }

    @Override
    public BasisJudgements forPlacement(PlacementId placement) {
        Gathered gathered = gather(BasisKind.PLACEMENT, placement.value(), null);
        return judgeAll(
                catalogue.latestOfEach(),
                gathered,
                liveClaims.of(gathered.basis().worker()),
                Callers.current());
    }

    @Override
    public BasisJudgements forTripShare(TripId trip, WorkerId traveller) {
        Gathered gathered = gather(BasisKind.TRIP_SHARE, trip.value(), traveller);
        return judgeAll(
                catalogue.latestOfEach(),
                gathered,
                liveClaims.of(gathered.basis().worker()),
                Callers.current());
    }

    /** Only the policies for this kind of basis: transport on trips, every other kind on placements. */
    private BasisJudgements judgeAll(
            List<PolicyView> policies, Gathered gathered, List<LiveClaim> claims, Caller caller) {
        List<PolicyJudgement> judgements = policies.stream()
                .filter(policy -> BasisKindRule.fits(policy.terms().kind())
                        == gathered.basis().kind())
                .map(policy -> judge(policy, gathered, claims, caller).judgement())
                .sorted(Comparator.comparing((PolicyJudgement j) -> !j.eligible())
                        .thenComparing(PolicyJudgement::code))
                .toList();
        return new BasisJudgements(gathered.basis(), judgements);
    }

    private Claim judge(PolicyView policy, Gathered gathered, List<LiveClaim> claims, Caller caller) {
        ClaimBasis basis = gathered.basis();
        PartnerFlagLookup partners = (county, flag) -> partnerRegions.hasFlag(county, flag, basis.day());
        Eligibility eligibility = engine.judge(policy.terms(), gathered.facts(), partners);
        List<Reason> reasons = new ArrayList<>();
        basisKindRule.check(policy, basis).ifPresent(reasons::add);
        eligibility.results().stream().map(Reason::of).forEach(reasons::add);
        UUID policyId = policy.id().policy().value();
        reasons.add(inForceRule.check(policy.terms().validity(), basis.kind(), basis.day()));
        reasons.add(payeeRule.check(policy.terms().payee(), basis, caller));
        reasons.add(onceRule.check(policyId, policy.terms().oncePerPerson(), basis, claims));
        reasons.add(exclusionRule.check(policy, basis, claims));
        reasons.add(basisClaimedRule.check(policyId, basis, claims));
        boolean eligible = eligibility.eligible() && reasons.stream().allMatch(Reason::met);
        PolicyJudgement judgement = new PolicyJudgement(
                policy.id(),
                policy.code(),
                policy.name(),
                policy.terms().kind(),
                policy.terms().payee(),
                eligible,
                reasons,
                eligible ? eligibility.amount() : Money.ZERO,
                eligible ? eligibility.stages() : List.of());
        return new Claim(
                basis, judgement, OncePerPersonRule.scope(policy.terms().oncePerPerson(), basis));
    }

    /** The basis as the caller may see it; anything else is missing (404). */
    private Gathered gather(BasisKind kind, UUID basisId, WorkerId worker) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basisId, "basisId");
        Caller caller = Callers.current();
        if (kind == BasisKind.PLACEMENT) {
            // Placements.find checks the caller's scope: a placement out of sight answers 404 there.
            PlacementView placement = placements.find(new PlacementId(basisId));
            if (worker != null && !worker.equals(placement.worker())) {
                throw new RecordNotFoundException(BASIS, basisId);
            }
            return placementFacts(placement, requireBackground(placement.worker(), basisId));
        }
        if (worker == null) {
            throw new RecordNotFoundException(TRIP_SHARE, basisId);
        }
        StoredShare share = shares.find(new TripId(basisId), worker)
                .filter(found -> seesShare(caller, found))
                .orElseThrow(() -> new RecordNotFoundException(TRIP_SHARE, basisId + "/" + worker));
        return shareFacts(share, requireBackground(worker, basisId));
    }

    private Gathered placementFacts(PlacementView placement, WorkerBackground background) {
        ClaimBasis basis = new ClaimBasis(
                BasisKind.PLACEMENT,
                placement.id().value(),
                placement.worker(),
                background.name(),
                placement.householdCounty(),
                placement.employer(),
                placement.employerName(),
                placement.startDate(),
                null,
                null);
        Facts facts = new Facts(
                worker(background, placement.householdCounty()),
                Facts.Basis.placement(
                        placement.startDate(),
                        placement.contractMonths(),
                        monthsConfirmed(placement.checks()),
                        placement.socialInsuranceSince() != null),
                placement.employer());
        return new Gathered(basis, facts);
    }

    private Gathered shareFacts(StoredShare share, WorkerBackground background) {
        ClaimBasis basis = new ClaimBasis(
                BasisKind.TRIP_SHARE,
                share.trip().value(),
                share.worker(),
                background.name(),
                share.householdCounty(),
                share.employer(),
                share.employer() == null ? null : employers.nameOf(share.employer()),
                share.departureDay(),
                share.share(),
                share.operator());
        // Transport does not tell the distance travelled: a distance-tiered policy pays its first tier.
        Facts facts = new Facts(
                worker(background, share.householdCounty()),
                Facts.Basis.tripShare(share.departureDay(), share.share(), share.batchSize(), 0),
                share.employer());
        return new Gathered(basis, facts);
    }

    /** The county the basis was recorded under, which is the one the partner's scope judged. */
    private static Facts.Worker worker(WorkerBackground background, String householdCounty) {
        return new Facts.Worker(background.registeredPoor(), RegionCode.of(householdCounty), background.birthDate());
    }

    /** The highest month a retention check found the person still at work. */
    static int monthsConfirmed(List<RetentionCheckView> checks) {
        return checks.stream()
                .filter(check -> check.outcome() == RetentionOutcome.STILL_WORKING)
                .mapToInt(RetentionCheckView::month)
                .max()
                .orElse(0);
    }

    private Optional<WorkerBackground> background(WorkerId worker) {
        return registry.backgroundsOf(List.of(worker)).stream().findFirst();
    }

    private WorkerBackground requireBackground(WorkerId worker, UUID basisId) {
        return background(worker).orElseThrow(() -> new RecordNotFoundException(BASIS, basisId));
    }

    /** Bureau staff every share, a partner their counties', an enterprise its own hires', a worker their own. */
    static boolean seesShare(Caller caller, StoredShare share) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER -> true;
            case PARTNER -> caller.coversRegion(share.householdCounty());
            case EMPLOYER ->
                share.employer() != null && share.employer().value().equals(caller.employerId());
            case WORKER -> share.worker().value().equals(caller.workerId());
        };
    }

    private static boolean seesWorker(Caller caller, WorkerBackground worker) {
        return switch (caller.role()) {
            case ADMIN, CASEWORKER, APPROVER, EMPLOYER -> true;
            case PARTNER -> caller.coversRegion(worker.householdCounty());
            case WORKER -> worker.id().value().equals(caller.workerId());
        };
    }

    /** A basis and the engine's facts of it. */
    private record Gathered(ClaimBasis basis, Facts facts) {}
}
