package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.NO_PARTNERS;
import static org.laborbridge.subsidies.policy.Fixtures.START;
import static org.laborbridge.subsidies.policy.Fixtures.draft;
import static org.laborbridge.subsidies.policy.Fixtures.yuan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;
import org.laborbridge.subsidies.policy.Condition.HouseholdInPartnerRegionWithFlag;
import org.laborbridge.subsidies.policy.Condition.RegisteredPoor;
import org.laborbridge.subsidies.policy.Condition.SocialInsuranceConfirmed;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import org.laborbridge.subsidies.policy.PaymentStages.StageAmount;

class EligibilityEngineTests {

    private final EligibilityEngine engine = new EligibilityEngine();

    private static PolicyTerms hiringSubsidy() {
        Fixtures.Draft hiring = draft().with(
                        new RegisteredPoor(),
                        new ContractAtLeast(12),
                        new EmployedAtLeast(6),
                        new SocialInsuranceConfirmed());
        hiring.kind = PolicyKind.EMPLOYER_HIRING;
        hiring.payee = Payee.EMPLOYER;
        hiring.stages = new PaymentStages(List.of(new Stage(6, 50), new Stage(12, 50)));
        return hiring.build();
    }

    @Test
    void aQualifyingHireGetsTheAmountInItsStages() {
        Eligibility eligibility = engine.judge(hiringSubsidy(), Fixtures.placement(12, 6, true), NO_PARTNERS);

        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.results()).allMatch(ConditionResult::met).hasSize(4);
        assertThat(eligibility.amount()).isEqualTo(yuan("1000"));
        assertThat(eligibility.stages())
                .containsExactly(
                        new StageAmount(6, START.plusMonths(6), yuan("500")),
                        new StageAmount(12, START.plusMonths(12), yuan("500")));
    }

    @Test
    void evaluatesEveryConditionSoEveryReasonShows() {
        Eligibility eligibility = engine.judge(hiringSubsidy(), Fixtures.placement(6, 3, false), NO_PARTNERS);

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.results()).hasSize(4);
        assertThat(eligibility.unmet())
                .extracting(ConditionResult::messageKey, ConditionResult::arguments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "subsidies.condition.CONTRACT_AT_LEAST.unmet", List.of(6, 12)),
                        org.assertj.core.groups.Tuple.tuple(
                                "subsidies.condition.EMPLOYED_AT_LEAST.unmet", List.of(3, 6)),
                        org.assertj.core.groups.Tuple.tuple(
                                "subsidies.condition.SOCIAL_INSURANCE_CONFIRMED.unmet", List.of()));
    }

    @Test
    void anIneligiblePersonIsOfferedNoMoney() {
        Eligibility eligibility = engine.judge(hiringSubsidy(), Fixtures.placement(6, 6, true), NO_PARTNERS);

        assertThat(eligibility.amount()).isEqualTo(Money.ZERO);
        assertThat(eligibility.stages()).isEmpty();
    }

    @Test
    void aFullCharterSubsidyPaysATravellersShareFromAFlaggedPartnerCounty() {
        Fixtures.Draft charter =
                draft().with(new HouseholdInPartnerRegionWithFlag(PartnerFlag.CHARTER_FULLY_SUBSIDISED));
        charter.kind = PolicyKind.TRANSPORT;
        charter.amount = new AmountRule.ShareOfCost(100, yuan("2000"));
        PartnerFlagLookup xiangxi = (county, flag) -> county.value().startsWith("4331");

        Eligibility eligibility = engine.judge(charter.build(), Fixtures.trip(yuan("412.50"), 48, 1400), xiangxi);

        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.amount()).isEqualTo(yuan("412.50"));
        assertThat(eligibility.stages()).extracting(StageAmount::amount).containsExactly(yuan("412.50"));
    }

    @Test
    void aPolicyWithoutConditionsAppliesToEveryone() {
        assertThat(engine.judge(draft().build(), Fixtures.placement(), NO_PARTNERS)
                        .eligible())
                .isTrue();
    }
}
