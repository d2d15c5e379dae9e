package org.laborbridge.subsidies.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborbridge.subsidies.eligibility.EligibilityFixtures.CASEWORKER;
import static org.laborbridge.subsidies.eligibility.EligibilityFixtures.LINYI;
import static org.laborbridge.subsidies.eligibility.EligibilityFixtures.XIANGXI;
import static org.laborbridge.subsidies.eligibility.EligibilityFixtures.employerOf;
import static org.laborbridge.subsidies.eligibility.EligibilityFixtures.terms;
import static org.laborbridge.subsidies.eligibility.EligibilityFixtures.workerSelf;
import static org.laborbridge.subsidies.eligibility.EligibilityFixtures.workerTerms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.placements.PlacementView;
import org.laborbridge.placements.Placements;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RecordNotFoundException;
import org.laborbridge.subsidies.BasisJudgements;
import org.laborbridge.subsidies.PolicyJudgement;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.Reason;
import org.laborbridge.subsidies.SubsidyEligibility;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.transport.TripView;
import org.laborbridge.workers.WorkerId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Eligibility on the real database: facts from placements, retention checks, social insurance and
 * stored trip shares; the claim's own checks against claim rows; and who may see which basis.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    SubsidyEligibility eligibility;

    @Autowired
    ClaimJudge judge;

    @Autowired
    Placements placements;

    @Autowired
    JdbcClient jdbc;

    EligibilityFixtures fixtures;
    JobPostingView posting;
    JobPostingView elsewhere;
    PolicyView stable;
    PolicyView longContract;
    PolicyView hiring;
    PolicyView future;

    @BeforeAll
    void setUp() {
        fixtures = new EligibilityFixtures(context);
        posting = fixtures.posting("资格测试机械厂");
        elsewhere = fixtures.posting("资格测试另一厂");
        stable = fixtures.policy(
                "STABLE",
                workerTerms(
                        List.of(
                                new Condition.RegisteredPoor(),
                                new Condition.ContractAtLeast(12),
                                new Condition.EmployedAtLeast(6),
                                new Condition.SocialInsuranceConfirmed()),
                        OncePerPerson.LIFETIME,
                        List.of()));
        longContract = fixtures.policy(
                "LONG", workerTerms(List.of(new Condition.ContractAtLeast(24)), OncePerPerson.PER_YEAR, List.of()));
        hiring = fixtures.policy(
                "HIRING",
                terms(
                        PolicyKind.EMPLOYER_HIRING,
                        Payee.EMPLOYER,
                        List.of(new Condition.RegisteredPoor()),
                        LocalDate.of(2020, 1, 1),
                        OncePerPerson.PER_EMPLOYER,
                        List.of(stable.code())));
        future = fixtures.policy(
                "FUTURE",
                terms(
                        PolicyKind.WORKER_EMPLOYMENT,
                        Payee.WORKER,
                        List.of(),
                        BureauTime.today().plusYears(1),
                        OncePerPerson.LIFETIME,
                        List.of()));
    }

    @Test
    void aPlacementBecomesEligibleOnceRetentionAndSocialInsuranceAreConfirmed() {
        PlacementView placement = fixtures.hired(posting, 7);

        PolicyJudgement before = judged(CASEWORKER, placement, stable);
        assertThat(before.eligible()).isFalse();
        assertThat(before.amount()).isEqualTo(Money.ZERO);
        assertThat(reason(before, "EMPLOYED_AT_LEAST").arguments()).containsExactly(0, 6);
        assertThat(reason(before, "SOCIAL_INSURANCE_CONFIRMED").met()).isFalse();

        fixtures.stillWorkingAt(placement, 1, 3, 6);
        Callers.runAs(CASEWORKER, () -> placements.confirmSocialInsurance(placement.id(), placement.startDate()));

        PolicyJudgement after = judged(CASEWORKER, placement, stable);
        assertThat(after.eligible()).isTrue();
        assertThat(after.amount()).isEqualTo(Money.ofYuan("1000"));
        assertThat(after.stages()).hasSize(1);
        assertThat(reason(after, "EMPLOYED_AT_LEAST").arguments()).containsExactly(6, 6);
        assertThat(after.reasons())
                .extracting(Reason::type)
                .contains("IN_FORCE", "PAYEE", "ONCE_PER_PERSON", "EXCLUDED", "BASIS_CLAIMED");
    }

    @Test
    void everyUnmetConditionSaysWhyWithItsValues() {
        PlacementView placement = fixtures.hired(posting, 1);

        PolicyJudgement tooShort = judged(CASEWORKER, placement, longContract);
        PolicyJudgement notYet = judged(CASEWORKER, placement, future);

        assertThat(reason(tooShort, "CONTRACT_AT_LEAST").arguments()).containsExactly(12, 24);
        assertThat(reason(tooShort, "CONTRACT_AT_LEAST").messageKey())
                .isEqualTo("subsidies.condition.CONTRACT_AT_LEAST.unmet");
        Reason inForce = reason(notYet, "IN_FORCE");
        assertThat(inForce.met()).isFalse();
        assertThat(inForce.arguments())
                .containsExactly(
                        BureauTime.today().plusYears(1).toString(),
                        "",
                        placement.startDate().toString());
    }

    @Test
    void liveClaimsBlockTheBasisThePersonAndExcludedPoliciesUntilRejected() {
        PlacementView placement = fixtures.hired(posting, 1);
        String number = fixtures.claim(stable, placement, "SUBMITTED", "LIFETIME", "caseworker");

        PolicyJudgement same = judged(CASEWORKER, placement, stable);
        PolicyJudgement excluded = judged(CASEWORKER, placement, hiring);
        assertThat(reason(same, "BASIS_CLAIMED").met()).isFalse();
        assertThat(reason(same, "BASIS_CLAIMED").arguments()).containsExactly(number);
        assertThat(reason(same, "ONCE_PER_PERSON").arguments()).containsExactly(number, "LIFETIME");
        assertThat(reason(excluded, "EXCLUDED").arguments()).containsExactly(number, stable.code());
        assertThat(excluded.eligible()).isFalse();

        fixtures.setStatus(number, "REJECTED");

        assertThat(reason(judged(CASEWORKER, placement, stable), "BASIS_CLAIMED")
                        .met())
                .isTrue();
        assertThat(judged(CASEWORKER, placement, hiring).eligible()).isTrue();
    }

    @Test
    void theOnceScopeIsWhatTheApplicationStores() {
        PlacementView placement = fixtures.hired(posting, 1);
        var basis = Callers.runAs(
                CASEWORKER,
                () -> judge.basis(BasisKind.PLACEMENT, placement.id().value(), null));

        assertThat(Callers.runAs(CASEWORKER, () -> judge.judge(stable, basis)).onceScope())
                .isEqualTo("LIFETIME");
        assertThat(Callers.runAs(CASEWORKER, () -> judge.judge(longContract, basis))
                        .onceScope())
                .isEqualTo(String.valueOf(placement.startDate().getYear()));
        assertThat(Callers.runAs(CASEWORKER, () -> judge.judge(hiring, basis)).onceScope())
                .isEqualTo(posting.employerId().toString());
    }

    @Test
    void theBasisIsSeenOnlyInScope() {
        PlacementView placement = fixtures.hired(posting, 1);
        Map<Caller, Boolean> sees = Map.of(
                EligibilityFixtures.ADMIN,
                true,
                CASEWORKER,
                true,
                EligibilityFixtures.APPROVER,
                true,
                XIANGXI,
                true,
                LINYI,
                false,
                employerOf(posting),
                true,
                employerOf(elsewhere),
                false,
                workerSelf(placement.worker()),
                true,
                workerSelf(WorkerId.random()),
                false);

        sees.forEach((caller, visible) -> {
            if (visible) {
                assertThat(Callers.runAs(caller, () -> eligibility.forPlacement(placement.id()))
                                .basis()
                                .id())
                        .as(caller.username())
                        .isEqualTo(placement.id().value());
            } else {
                assertThatThrownBy(() -> Callers.runAs(caller, () -> eligibility.forPlacement(placement.id())))
                        .as(caller.username())
                        .isInstanceOf(RecordNotFoundException.class);
                assertThatThrownBy(() -> Callers.runAs(caller, () -> eligibility.forWorker(placement.worker())))
                        .as(caller.username())
                        .isInstanceOf(RecordNotFoundException.class);
            }
        });
    }

    @Test
    void aWorkerAndAnEnterpriseSeeOnlyWhatTheyMayClaimAsEligible() {
        PlacementView placement = fixtures.hired(posting, 1);

        assertThat(reason(judged(workerSelf(placement.worker()), placement, hiring), "PAYEE")
                        .messageKey())
                .isEqualTo("subsidies.claim.PAYEE.unmet.workerPaidOnly.EMPLOYER");
        assertThat(judged(employerOf(posting), placement, hiring).eligible()).isTrue();
        assertThat(reason(judged(employerOf(posting), placement, longContract), "PAYEE")
                        .met())
                .isFalse();
    }

    @Test
    void anArrivalStoresEveryShareAndATransportPolicyPaysIt() {
        PolicyView charter = fixtures.policy(
                "CHARTER",
                terms(
                        PolicyKind.TRANSPORT,
                        Payee.SERVICE_PROVIDER,
                        List.of(new Condition.HouseholdInPartnerRegionWithFlag(PartnerFlag.CHARTER_FULLY_SUBSIDISED)),
                        LocalDate.of(2020, 1, 1),
                        OncePerPerson.PER_YEAR,
                        List.of()));
        PlacementView first = fixtures.hired(posting, 0);
        PlacementView second = fixtures.hired(posting, 0);

        TripView trip = fixtures.carried(List.of(first, second), Money.ofYuan("9000"));

        assertThat(jdbc.sql("select count(*) from subsidy_trip_share where trip_id = :trip and batch_size = 2"
                                + " and operator = '湘西自治州客运公司' and departure_day = :day")
                        .param("trip", trip.id().value())
                        .param("day", BureauTime.dateOf(trip.departedAt()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        BasisJudgements judged = Callers.runAs(XIANGXI, () -> eligibility.forTripShare(trip.id(), first.worker()));
        PolicyJudgement paid = judged.judgements().stream()
                .filter(j -> j.code().equals(charter.code()))
                .findFirst()
                .orElseThrow();
        assertThat(judged.basis().operator()).isEqualTo("湘西自治州客运公司");
        assertThat(judged.basis().tripShare()).isEqualTo(Money.ofYuan("4500"));
        assertThat(paid.eligible()).isTrue();
        assertThat(paid.amount()).isEqualTo(Money.ofYuan("4500"));
        assertThat(judged.judgements()).noneMatch(j -> j.code().equals(stable.code()));
        assertThatThrownBy(() -> Callers.runAs(LINYI, () -> eligibility.forTripShare(trip.id(), first.worker())))
                .isInstanceOf(RecordNotFoundException.class);

        List<BasisJudgements> bases =
                Callers.runAs(workerSelf(first.worker()), () -> eligibility.forWorker(first.worker()));
        assertThat(bases).extracting(b -> b.basis().kind()).contains(BasisKind.PLACEMENT, BasisKind.TRIP_SHARE);
        assertThat(bases.get(0).judgements().stream().filter(PolicyJudgement::eligible))
                .allMatch(j -> j.payee() == Payee.WORKER);
    }

    private PolicyJudgement judged(Caller caller, PlacementView placement, PolicyView policy) {
        return Callers.runAs(caller, () -> {
            var basis = judge.basis(BasisKind.PLACEMENT, placement.id().value(), placement.worker());
            return judge.judge(policy, basis).judgement();
        });
    }

    private static Reason reason(PolicyJudgement judgement, String type) {
        return judgement.reasons().stream()
                .filter(reason -> reason.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No reason " + type + " in " + judgement.reasons()));
    }
}
