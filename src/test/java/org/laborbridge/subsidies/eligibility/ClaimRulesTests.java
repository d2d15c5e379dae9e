package org.laborbridge.subsidies.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.ClaimBasis;
import org.laborbridge.subsidies.PolicyId;
import org.laborbridge.subsidies.PolicyVersion;
import org.laborbridge.subsidies.PolicyView;
import org.laborbridge.subsidies.Reason;
import org.laborbridge.subsidies.eligibility.ClaimRules.BasisClaimedRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.BasisKindRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.ExclusionRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.InForceRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.OncePerPersonRule;
import org.laborbridge.subsidies.eligibility.ClaimRules.PayeeRule;
import org.laborbridge.subsidies.eligibility.LiveClaims.LiveClaim;
import org.laborbridge.subsidies.policy.AmountRule;
import org.laborbridge.subsidies.policy.BasisKind;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;
import org.laborbridge.workers.WorkerId;

/** The checks of a claim beyond its policy's conditions, each on its own, with the values they quote. */
class ClaimRulesTests {

    private static final EmployerId EMPLOYER = EmployerId.random();
    private static final WorkerId WORKER = WorkerId.random();
    private static final UUID PLACEMENT = UUID.randomUUID();
    private static final UUID TRIP = UUID.randomUUID();

    @Test
    void inForceIsJudgedOnTheBasisDayAndQuotesBoth() {
        InForceRule rule = new InForceRule();
        ValidityPeriod from2020 = new ValidityPeriod(LocalDate.of(2020, 1, 1), null);

        Reason early = rule.check(from2020, BasisKind.TRIP_SHARE, LocalDate.of(2019, 12, 30));
        Reason met = rule.check(from2020, BasisKind.PLACEMENT, LocalDate.of(2020, 1, 1));
        Reason late = rule.check(
                new ValidityPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
                BasisKind.PLACEMENT,
                LocalDate.of(2021, 1, 1));

        assertThat(early.met()).isFalse();
        assertThat(early.messageKey()).isEqualTo("subsidies.claim.IN_FORCE.unmet.early.TRIP_SHARE");
        assertThat(early.arguments()).containsExactly("2020-01-01", "", "2019-12-30");
        assertThat(met.met()).isTrue();
        assertThat(late.met()).isFalse();
        assertThat(late.messageKey()).isEqualTo("subsidies.claim.IN_FORCE.unmet.late.PLACEMENT");
    }

    @Test
    void aWorkerClaimsOnlyWhatIsPaidToThemAndAnEnterpriseOnlyForItsOwnHires() {
        PayeeRule rule = new PayeeRule();
        ClaimBasis placement = placement();
        Caller worker = new Caller("w", null, Role.WORKER, List.of(), null, WORKER.value());
        Caller ownEmployer = new Caller("e", null, Role.EMPLOYER, List.of(), EMPLOYER.value(), null);
        Caller otherEmployer = new Caller("o", null, Role.EMPLOYER, List.of(), UUID.randomUUID(), null);
        Caller caseworker = new Caller("c", null, Role.CASEWORKER, List.of(), null, null);

        assertThat(rule.check(Payee.WORKER, placement, worker).met()).isTrue();
        assertThat(rule.check(Payee.EMPLOYER, placement, worker).messageKey())
                .isEqualTo("subsidies.claim.PAYEE.unmet.workerPaidOnly.EMPLOYER");
        assertThat(rule.check(Payee.EMPLOYER, placement, ownEmployer).met()).isTrue();
        assertThat(rule.check(Payee.EMPLOYER, placement, ownEmployer).arguments())
                .containsExactly("某机械厂");
        assertThat(rule.check(Payee.WORKER, placement, ownEmployer).met()).isFalse();
        assertThat(rule.check(Payee.EMPLOYER, placement, otherEmployer).messageKey())
                .isEqualTo("subsidies.claim.PAYEE.unmet.ownHiresOnly");
        assertThat(rule.check(Payee.SERVICE_PROVIDER, placement, caseworker).met())
                .isTrue();
        assertThat(rule.check(Payee.EMPLOYER, tripWithoutEmployer(), caseworker).messageKey())
                .isEqualTo("subsidies.claim.PAYEE.unmet.noEmployer.TRIP_SHARE");
    }

    @Test
    void oncePerPersonCountsLiveClaimsOfThePolicyInItsScope() {
        OncePerPersonRule rule = new OncePerPersonRule();
        UUID policy = UUID.randomUUID();
        ClaimBasis basis = placement();
        LiveClaim thisYear = claim(policy, "P", "2026", BasisKind.PLACEMENT, UUID.randomUUID());

        Reason perYear = rule.check(policy, OncePerPerson.PER_YEAR, basis, List.of(thisYear));
        Reason lifetime = rule.check(policy, OncePerPerson.LIFETIME, basis, List.of(thisYear));
        Reason otherPolicy = rule.check(UUID.randomUUID(), OncePerPerson.PER_YEAR, basis, List.of(thisYear));

        assertThat(perYear.met()).isFalse();
        assertThat(perYear.arguments()).containsExactly("BT-2026-000012", "2026");
        assertThat(lifetime.met()).isTrue();
        assertThat(otherPolicy.met()).isTrue();
        assertThat(OncePerPersonRule.scope(OncePerPerson.PER_EMPLOYER, basis)).isEqualTo(EMPLOYER.toString());
        assertThat(OncePerPersonRule.scope(OncePerPerson.PER_EMPLOYER, tripWithoutEmployer()))
                .isEqualTo("NO_EMPLOYER");
    }

    @Test
    void anExclusionWorksBothWaysOnTheSameBasisOnly() {
        ExclusionRule rule = new ExclusionRule();
        PolicyView excluding = policy("A-" + UUID.randomUUID(), List.of("B"));
        PolicyView plain = policy("C", List.of());
        LiveClaim underB = claim(UUID.randomUUID(), "B", "LIFETIME", BasisKind.PLACEMENT, PLACEMENT);
        LiveClaim excludesC = new LiveClaim(
                "BT-2026-000013", UUID.randomUUID(), "D", List.of("C"), "LIFETIME", BasisKind.PLACEMENT, PLACEMENT);
        LiveClaim elsewhere = claim(UUID.randomUUID(), "B", "LIFETIME", BasisKind.PLACEMENT, UUID.randomUUID());

        assertThat(rule.check(excluding, placement(), List.of(underB)).arguments())
                .containsExactly("BT-2026-000012", "B");
        assertThat(rule.check(excluding, placement(), List.of(underB)).met()).isFalse();
        assertThat(rule.check(plain, placement(), List.of(excludesC)).met()).isFalse();
        assertThat(rule.check(excluding, placement(), List.of(elsewhere)).met()).isTrue();
        assertThat(rule.check(plain, placement(), List.of(underB)).met()).isTrue();
    }

    @Test
    void aBasisIsClaimedOncePerPolicy() {
        BasisClaimedRule rule = new BasisClaimedRule();
        UUID policy = UUID.randomUUID();
        LiveClaim claimed = claim(policy, "P", "LIFETIME", BasisKind.PLACEMENT, PLACEMENT);

        assertThat(rule.check(policy, placement(), List.of(claimed)).met()).isFalse();
        assertThat(rule.check(policy, placement(), List.of(claimed)).arguments())
                .containsExactly("BT-2026-000012");
        assertThat(rule.check(UUID.randomUUID(), placement(), List.of(claimed)).met())
                .isTrue();
    }

    @Test
    void transportRestsOnTripsAndEverythingElseOnPlacements() {
        BasisKindRule rule = new BasisKindRule();
        PolicyView transport = policy("T", List.of(), PolicyKind.TRANSPORT);

        assertThat(rule.check(transport, placement()))
                .get()
                .extracting(Reason::met)
                .isEqualTo(false);
        assertThat(rule.check(transport, tripWithoutEmployer())).isEmpty();
        assertThat(rule.check(policy("W", List.of()), placement())).isEmpty();
    }

    private static ClaimBasis placement() {
        return new ClaimBasis(
                BasisKind.PLACEMENT,
                PLACEMENT,
                WORKER,
                "张三",
                "433122",
                EMPLOYER,
                "某机械厂",
                LocalDate.of(2026, 3, 1),
                null,
                null);
    }

    private static ClaimBasis tripWithoutEmployer() {
        return new ClaimBasis(
                BasisKind.TRIP_SHARE,
                TRIP,
                WORKER,
                "张三",
                "433122",
                null,
                null,
                LocalDate.of(2026, 2, 20),
                Money.ofYuan("180"),
                "湘西客运");
    }

    private static LiveClaim claim(UUID policy, String code, String scope, BasisKind kind, UUID basis) {
        return new LiveClaim("BT-2026-000012", policy, code, List.of(), scope, kind, basis);
    }

    private static PolicyView policy(String code, List<String> excludes) {
        return policy(code, excludes, PolicyKind.WORKER_EMPLOYMENT);
    }

    private static PolicyView policy(String code, List<String> excludes, PolicyKind kind) {
        PolicyTerms terms = new PolicyTerms(
                kind,
                Payee.WORKER,
                new AmountRule.FixedPerPerson(Money.ofYuan("1000")),
                PaymentStages.once(),
                List.of(),
                List.of(),
                new ValidityPeriod(LocalDate.of(2020, 1, 1), null),
                Money.ofYuan("100000"),
                OncePerPerson.LIFETIME,
                excludes);
        return new PolicyView(new PolicyVersion(PolicyId.random(), 1), code, code, terms, "admin", Instant.now());
    }
}
