package org.laborbridge.subsidies.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.policy.AmountRule;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;

/** The policy form read as typed: lines, codes, yuan, and every mistake under its own field. */
class PolicyFieldsTests {

    static final PolicyTerms EVERY_CONDITION = new PolicyTerms(
            PolicyKind.TRANSPORT,
            Payee.SERVICE_PROVIDER,
            new AmountRule.TieredByDistance(
                    List.of(new Tier(500, Money.ofYuan("200")), new Tier(1500, Money.ofYuan("400.50")))),
            new PaymentStages(List.of(new Stage(3, 50), new Stage(6, 50))),
            List.of(
                    new Condition.RegisteredPoor(),
                    new Condition.HouseholdInRegions(List.of(RegionCode.of("433100"), RegionCode.of("500156"))),
                    new Condition.HouseholdInPartnerRegionWithFlag(PartnerFlag.CHARTER_FULLY_SUBSIDISED),
                    new Condition.ContractAtLeast(6),
                    new Condition.EmployedAtLeast(3),
                    new Condition.SocialInsuranceConfirmed(),
                    new Condition.BasisWithin(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31)),
                    new Condition.AgeBetween(16, 60)),
            List.of("乘车名单", "包车合同"),
            new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
            Money.ofYuan("3000000"),
            OncePerPerson.PER_YEAR,
            List.of("JN-CHARTER-PARTIAL"));

    @Test
    void aFormFilledFromTermsReadsBackAsTheSameTerms() {
        assertThat(PolicyFields.of("X", "x", EVERY_CONDITION).toTerms()).isEqualTo(EVERY_CONDITION);
    }

    @Test
    void readsTiersAndStagesAsPeopleTypeThem() {
        PolicyFields typed = fields("TIERED_BY_BATCH_SIZE", "10：300\n\n 50 人: 250 元 ", "3 个月 50%\n６ ５０");

        PolicyTerms terms = typed.toTerms();

        assertThat(terms.amount())
                .isEqualTo(new AmountRule.TieredByBatchSize(
                        List.of(new Tier(10, Money.ofYuan("300")), new Tier(50, Money.ofYuan("250")))));
        assertThat(terms.stages().stages()).containsExactly(new Stage(3, 50), new Stage(6, 50));
    }

    @Test
    void refusesEachUnreadableLineByNumberAndDoesNotCallItMissingToo() {
        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> fields("TIERED_BY_DISTANCE", "500: 200\n1000: 2.555", "350")
                        .toTerms());

        assertThat(refused.violations())
                .extracting(Violation::field, Violation::code, Violation::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("amount.tiers", "FORMAT", "subsidies.policies.typed.TIER"),
                        org.assertj.core.groups.Tuple.tuple("stages", "FORMAT", "subsidies.policies.typed.STAGE"));
        assertThat(refused.violations().get(0).arguments()).containsExactly(2, "1000: 2.555");
    }

    @Test
    void refusesMoneyInTheKernelsWordsAndContradictionsInTheTermsWords() {
        PolicyFields typed = new PolicyFields(
                "C",
                "n",
                "WORKER_EMPLOYMENT",
                "WORKER",
                "FIXED_PER_PERSON",
                "-5",
                null,
                null,
                null,
                "3 50\n6 40",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "on",
                "60",
                "18",
                null,
                "2026-01-01",
                null,
                "100.005",
                "LIFETIME",
                null);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, typed::toTerms);

        assertThat(refused.violations())
                .extracting(Violation::field, Violation::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("amount", "invalid.money.NEGATIVE"),
                        org.assertj.core.groups.Tuple.tuple("budget", "invalid.money.PRECISION"),
                        org.assertj.core.groups.Tuple.tuple("stages", "subsidies.invalid.stages.SUM"),
                        org.assertj.core.groups.Tuple.tuple(
                                "conditions.ageBetween", "subsidies.invalid.conditions.ageBetween.REVERSED"));
    }

    @Test
    void aTickedConditionNeedsItsValuesAndRegionsMustExist() {
        PolicyFields typed = new PolicyFields(
                "C",
                "n",
                "WORKER_EMPLOYMENT",
                "WORKER",
                "FIXED_PER_PERSON",
                "100",
                null,
                null,
                null,
                "0 100",
                null,
                "on",
                "433100 999999 12",
                "on",
                "",
                "on",
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "2026-01-01",
                null,
                "1000",
                "LIFETIME",
                null);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, typed::toTerms);

        assertThat(refused.violations())
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "conditions.householdInRegions", "subsidies.policies.typed.REGION_UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple(
                                "conditions.householdInRegions", "subsidies.policies.typed.REGION"),
                        org.assertj.core.groups.Tuple.tuple(
                                "conditions.householdInPartnerRegion", "subsidies.policies.typed.REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple(
                                "conditions.contractAtLeast", "subsidies.policies.typed.REQUIRED"));
    }

    @Test
    void twoConditionsOfOneTypeFillTheFormWithWhatMeetsBoth() {
        PolicyTerms terms = new PolicyTerms(
                PolicyKind.WORKER_EMPLOYMENT,
                Payee.WORKER,
                new AmountRule.FixedPerPerson(Money.ofYuan("1000")),
                PaymentStages.once(),
                List.of(new Condition.AgeBetween(16, 50), new Condition.AgeBetween(18, 60)),
                List.of(),
                new ValidityPeriod(LocalDate.of(2026, 1, 1), null),
                Money.ofYuan("1000"),
                OncePerPerson.LIFETIME,
                List.of());

        PolicyFields form = PolicyFields.of("X", "x", terms);

        assertThat(form.ageMin()).isEqualTo("18");
        assertThat(form.ageMax()).isEqualTo("50");
    }

    private static PolicyFields fields(String amountType, String tiers, String stages) {
        return new PolicyFields(
                "C",
                "n",
                "TRANSPORT",
                "SERVICE_PROVIDER",
                amountType,
                null,
                tiers,
                null,
                null,
                stages,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "乘车名单",
                "2026-01-01",
                null,
                "1000",
                "PER_YEAR",
                null);
    }
}
