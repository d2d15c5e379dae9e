package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.laborbridge.subsidies.policy.Fixtures.draft;
import static org.laborbridge.subsidies.policy.Fixtures.yuan;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.InvalidValueException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.policy.AmountRule.FixedPerPerson;
import org.laborbridge.subsidies.policy.AmountRule.ShareOfCost;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.AmountRule.TieredByDistance;
import org.laborbridge.subsidies.policy.Condition.AgeBetween;
import org.laborbridge.subsidies.policy.Condition.BasisWithin;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;
import org.laborbridge.subsidies.policy.Condition.HouseholdInRegions;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;

class ContradictionRuleTests {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 30);

    private static HouseholdInRegions regions(String... codes) {
        return new HouseholdInRegions(
                List.of(codes).stream().map(RegionCode::of).toList());
    }

    @Test
    void acceptsAConsistentPolicy() {
        assertThat(draft().with(
                                new AgeBetween(16, 60),
                                new AgeBetween(18, 65),
                                new BasisWithin(JAN, JUN),
                                regions("433100"),
                                regions("433122", "500156"),
                                new ContractAtLeast(60),
                                new EmployedAtLeast(0))
                        .violations())
                .isEmpty();
    }

    @Test
    void refusesAReversedAgeRange() {
        assertThat(draft().with(new AgeBetween(60, 16)).violations())
                .extracting(Violation::field, Violation::code, Violation::messageKey, Violation::arguments)
                .containsExactly(tuple(
                        "conditions.ageBetween",
                        "REVERSED",
                        "subsidies.invalid.conditions.ageBetween.REVERSED",
                        List.of(60, 16)));
    }

    @Test
    void refusesTwoAgeRangesNobodyFitsBoth() {
        assertThat(draft().with(new AgeBetween(16, 30), new AgeBetween(31, 60)).violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("conditions.ageBetween", "DISJOINT"));
    }

    @Test
    void refusesAReversedOrDisjointBasisPeriod() {
        assertThat(draft().with(new BasisWithin(JUN, JAN)).violations())
                .extracting(Violation::field, Violation::code)
                .contains(tuple("conditions.basisWithin", "REVERSED"));
        assertThat(draft().with(new BasisWithin(JAN, JAN.plusDays(9)), new BasisWithin(JUN, JUN))
                        .violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("conditions.basisWithin", "DISJOINT"));
    }

    @Test
    void refusesHouseholdRegionsWithNoCommonCounty() {
        assertThat(draft().with(regions("433100"), regions("371321", "371323")).violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("conditions.householdInRegions", "DISJOINT"));
        assertThat(draft().with(regions()).violations())
                .extracting(Violation::code)
                .containsExactly("EMPTY");
    }

    @Test
    void refusesAContractLongerThanFiveYearsAndNegativeMonthsInWork() {
        assertThat(draft().with(new ContractAtLeast(61), new EmployedAtLeast(-1))
                        .violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple("conditions.contractAtLeast", "RANGE"), tuple("conditions.employedAtLeast", "NEGATIVE"));
    }

    @Test
    void refusesAnAmountOfZero() {
        Fixtures.Draft zero = draft();
        zero.amount = new FixedPerPerson(Money.ZERO);

        assertThat(zero.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("amount", "NOT_POSITIVE"));
    }

    @Test
    void aNegativeAmountNeverBecomesMoney() {
        // Money refuses it when the form is read, before any policy exists.
        assertThatThrownBy(() -> Money.ofYuan("-100"))
                .isInstanceOf(InvalidValueException.class)
                .extracting("code")
                .isEqualTo("NEGATIVE");
    }

    @Test
    void refusesTiersThatDoNotClimbOrPayNothing() {
        Fixtures.Draft tiers = draft();
        tiers.amount = new TieredByDistance(List.of(new Tier(1000, yuan("400")), new Tier(500, Money.ZERO)));

        assertThat(tiers.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("amount.tiers", "NOT_POSITIVE"), tuple("amount.tiers", "ORDER"));
        tiers.amount = new TieredByDistance(List.of());
        assertThat(tiers.violations()).extracting(Violation::code).containsExactly("EMPTY");
    }

    @Test
    void refusesAShareOutsideOneToAHundredPercentOrAZeroCap() {
        Fixtures.Draft share = draft();
        share.amount = new ShareOfCost(101, Money.ZERO);

        assertThat(share.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("amount.percent", "RANGE"), tuple("amount.cap", "NOT_POSITIVE"));
        share.amount = new ShareOfCost(0, yuan("100"));
        assertThat(share.violations()).extracting(Violation::code).containsExactly("RANGE");
    }

    @Test
    void refusesStagesThatDoNotMakeAHundredPercent() {
        Fixtures.Draft stages = draft();
        stages.stages = new PaymentStages(List.of(new Stage(6, 50), new Stage(12, 40)));

        assertThat(stages.violations())
                .extracting(Violation::field, Violation::code, Violation::arguments)
                .containsExactly(tuple("stages", "SUM", List.of(90)));
    }

    @Test
    void refusesAStageBeforeTheOneBeforeIt() {
        Fixtures.Draft stages = draft();
        stages.stages = new PaymentStages(List.of(new Stage(12, 50), new Stage(6, 50)));

        assertThat(stages.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("stages", "ORDER"));
    }

    @Test
    void refusesAReversedValidityAndAZeroBudget() {
        Fixtures.Draft policy = draft();
        policy.validity = new ValidityPeriod(JUN, JAN);
        policy.budget = Money.ZERO;

        assertThat(policy.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple("validity", "REVERSED"), tuple("budget", "NOT_POSITIVE"));
    }

    @Test
    void aValidityWithoutAnEndIsOpen() {
        Fixtures.Draft policy = draft();
        policy.validity = new ValidityPeriod(JAN, null);

        assertThat(policy.violations()).isEmpty();
    }

    @Test
    void namesEveryMissingPart() {
        Fixtures.Draft empty = draft();
        empty.kind = null;
        empty.payee = null;
        empty.amount = null;
        empty.stages = null;
        empty.validity = null;
        empty.budget = null;
        empty.oncePerPerson = null;

        assertThat(empty.violations())
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("kind", "payee", "oncePerPerson", "amount", "stages", "validity", "budget");
        assertThat(empty.violations()).extracting(Violation::code).containsOnly("REQUIRED");
    }

    @Test
    void refusesAnEmptyConditionLeftInTheForm() {
        Fixtures.Draft blank = draft();
        blank.conditions.add(null);

        assertThatThrownBy(blank::build)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(tuple("conditions", "REQUIRED")));
    }

    @Test
    void policyTermsCannotBeBuiltContradictory() {
        assertThatThrownBy(() -> draft().with(new AgeBetween(60, 16), new ContractAtLeast(61))
                        .build())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code)
                                .containsExactly(
                                        tuple("conditions.ageBetween", "REVERSED"),
                                        tuple("conditions.contractAtLeast", "RANGE")));
    }
}
