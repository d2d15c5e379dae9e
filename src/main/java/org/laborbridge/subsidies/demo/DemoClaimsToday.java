package org.laborbridge.subsidies.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementQuery;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.subsidies.ApplicationForm;
import org.laborbridge.subsidies.ApplicationId;
import org.laborbridge.subsidies.PolicyJudgement;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.SubsidyEligibility;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.subsidies.clock.WorkingDays;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.workers.WorkerId;
import org.springframework.stereotype.Component;

/**
 * Claims of the demo's recent hires at every step, so that each demo user finds work waiting: some
 * to review (caseworker), some to approve (approver), some in their public notice, some whose
 * notice has ended and are payable (a batch to make), and one back in review after an objection.
 */
@Component
class DemoClaimsToday {

    /** The labor agency paid for its placements (政府购买服务); a demo name and account. */
    static final String AGENCY = "济南鲁中人力资源服务有限公司";

    static final String AGENCY_BANK = "中国工商银行济南历下支行";
    static final String AGENCY_ACCOUNT = "1602001109200012345";
    static final String WORKER_BANK = "中国农业银行";

    /** The partner region whose staff make the claims: its people only. */
    private static final String XIANGXI = "4331";

    /** How many claims stand at each step. */
    private static final int TO_REVIEW = 3;

    private static final int TO_APPROVE = 2;
    private static final int IN_NOTICE = 3;
    private static final int PAYABLE = 3;
    private static final int OBJECTED = 1;
    private static final int WANTED = TO_REVIEW + TO_APPROVE + IN_NOTICE + PAYABLE + OBJECTED;

    private final Placements placements;
    private final SubsidyEligibility eligibility;
    private final SubsidyApplications applications;
    private final SubsidyClock clock;
    private final WorkingDays workingDays;
    private final DemoPapers papers;

    DemoClaimsToday(
            Placements placements,
            SubsidyEligibility eligibility,
            SubsidyApplications applications,
            SubsidyClock clock,
            WorkingDays workingDays,
            DemoPapers papers) {
        this.placements = placements;
        this.eligibility = eligibility;
        this.applications = applications;
        this.clock = clock;
        this.workingDays = workingDays;
        this.papers = papers;
    }

    record Candidate(PlacementView placement, PolicyJudgement policy) {}

    /** Claims are made by the partner county's staff and reviewed in the bureau: two pairs of eyes before the approver's. */
    int seed(Caller partner, Caller caseworker, Caller approver) {
        List<Candidate> candidates = Callers.runAs(caseworker, this::candidates);
        LocalDate today = clock.today();
        LocalDate longAgo = workingDays.lastOfWorkingDaysAfter(today.minusDays(30), 1);
        int made = 0;
        for (Candidate candidate : candidates) {
            int step = made++;
            if (step < PAYABLE) {
                // Applied and approved a month ago: the notice is over and the claim waits for a batch.
                clock.pinnedAt(longAgo, () -> carry(candidate, partner, caseworker, approver, true));
            } else if (step < PAYABLE + IN_NOTICE + OBJECTED) {
                ApplicationId claim =
                        clock.pinnedAt(today, () -> carry(candidate, partner, caseworker, approver, true));
                if (step == PAYABLE + IN_NOTICE) {
                    as(caseworker, () -> applications.object(claim, "群众来电反映：该劳动力已于上月返乡，请核实是否仍在岗。"));
                }
            } else if (step < PAYABLE + IN_NOTICE + OBJECTED + TO_APPROVE) {
                clock.pinnedAt(today, () -> carry(candidate, partner, caseworker, approver, false));
            } else {
                clock.pinnedAt(today, () -> apply(candidate, partner));
            }
        }
        return made;
    }

    /** Every eligible placement claim of a Xiangxi worker today, one per worker, up to {@link #WANTED}. */
    private List<Candidate> candidates() {
        List<Candidate> found = new ArrayList<>();
        Set<WorkerId> workers = new HashSet<>();
        for (int page = 0; found.size() < WANTED && page < 20; page++) {
            var batch = placements.search(
                    new PlacementQuery(PlacementStatus.WORKING, null, null, page, PlacementQuery.MAX_SIZE));
            for (PlacementView placement : batch.items()) {
                if (found.size() >= WANTED
                        || workers.contains(placement.worker())
                        || !placement.householdCounty().startsWith(XIANGXI)) {
                    continue;
                }
                eligibility.forPlacement(placement.id()).judgements().stream()
                        .filter(PolicyJudgement::eligible)
                        .filter(judgement -> judgement.payee() != Payee.EMPLOYER)
                        .findFirst()
                        .ifPresent(judgement -> {
                            found.add(new Candidate(placement, judgement));
                            workers.add(placement.worker());
                        });
            }
            if (batch.items().size() < PlacementQuery.MAX_SIZE) {
                break;
            }
        }
        return found;
    }

    private ApplicationId carry(
            Candidate candidate, Caller partner, Caller caseworker, Caller approver, boolean approve) {
        ApplicationId claim = apply(candidate, partner);
        as(caseworker, () -> {
            papers.attachAll(applications.find(claim));
            return applications.accept(claim, "劳动合同与回访记录已核对");
        });
        if (approve) {
            as(approver, () -> applications.approve(claim));
        }
        return claim;
    }

    private ApplicationId apply(Candidate candidate, Caller applicant) {
        boolean agency = candidate.policy().payee() == Payee.SERVICE_PROVIDER;
        var form = new ApplicationForm(
                candidate.policy().code(),
                BasisKind.PLACEMENT,
                candidate.placement().id().value(),
                candidate.placement().worker(),
                agency ? AGENCY : null,
                agency ? AGENCY_BANK : WORKER_BANK,
                agency ? AGENCY_ACCOUNT : workerCard(candidate),
                null);
        return as(applicant, () -> applications.apply(form)).id();
    }

    /** A demo bank card number per worker, stable across restarts. */
    private static String workerCard(Candidate candidate) {
        long digits = Math.abs(candidate.placement().worker().value().getLeastSignificantBits() % 1_000_000_000L);
        return "622848" + String.format("%013d", digits);
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return Callers.runAs(caller, work);
    }
}
