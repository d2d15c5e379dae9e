package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.laborbridge.subsidies.policy.Fixtures.yuan;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.policy.AmountRule.FixedPerPerson;
import org.laborbridge.subsidies.policy.AmountRule.ShareOfCost;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.AmountRule.TieredByBatchSize;
import org.laborbridge.subsidies.policy.AmountRule.TieredByDistance;
import org.laborbridge.subsidies.policy.Condition.AgeBetween;
import org.laborbridge.subsidies.policy.Condition.BasisWithin;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;
import org.laborbridge.subsidies.policy.Condition.HouseholdInPartnerRegionWithFlag;
import org.laborbridge.subsidies.policy.Condition.HouseholdInRegions;
import org.laborbridge.subsidies.policy.Condition.RegisteredPoor;
import org.laborbridge.subsidies.policy.Condition.SocialInsuranceConfirmed;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PolicyTermsJsonTests {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void everyConditionTypeSurvivesTheRoundTrip() {
        PolicyTerms terms = Fixtures.draft()
                .with(
                        new RegisteredPoor(),
                        new HouseholdInRegions(List.of(RegionCode.of("433100"), RegionCode.of("500156"))),
                        new HouseholdInPartnerRegionWithFlag(PartnerFlag.CHARTER_FULLY_SUBSIDISED),
                        new ContractAtLeast(6),
                        new EmployedAtLeast(3),
                        new SocialInsuranceConfirmed(),
                        new BasisWithin(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31)),
                        new AgeBetween(16, 60))
                .build();

        assertThat(roundTrip(terms)).isEqualTo(terms);
    }

    @Test
    void everyAmountRuleSurvivesTheRoundTrip() {
        List<AmountRule> rules = List.of(
                new FixedPerPerson(yuan("1000.50")),
                new TieredByDistance(List.of(new Tier(500, yuan("200")), new Tier(1500, yuan("400")))),
                new TieredByBatchSize(List.of(new Tier(20, yuan("300")), new Tier(50, yuan("250")))),
                new ShareOfCost(50, yuan("500")));
        for (AmountRule rule : rules) {
            Fixtures.Draft draft = Fixtures.draft();
            draft.amount = rule;
            assertThat(roundTrip(draft.build()).amount()).isEqualTo(rule);
        }
    }

    @Test
    void stagesDocumentsOpenValidityAndExclusionsSurviveTheRoundTrip() {
        Fixtures.Draft draft = Fixtures.draft();
        draft.stages = new PaymentStages(List.of(new Stage(6, 50), new Stage(12, 50)));
        draft.validity = new ValidityPeriod(LocalDate.of(2026, 1, 1), null);
        draft.requiredDocuments = List.of("labor-contract", "social-insurance-record");
        draft.excludes = List.of("EMPLOYER_HIRING");
        draft.oncePerPerson = OncePerPerson.PER_EMPLOYER;
        PolicyTerms terms = draft.build();

        assertThat(roundTrip(terms)).isEqualTo(terms);
    }

    @Test
    void writesConditionsAndAmountsAsTypedObjectsInYuan() {
        Fixtures.Draft draft = Fixtures.draft().with(new ContractAtLeast(6));
        draft.amount = new ShareOfCost(100, yuan("1500"));
        JsonNode json = PolicyTermsJson.write(draft.build());

        assertThat(json.get("amount").toString())
                .isEqualTo("{\"type\":\"SHARE_OF_COST\",\"percent\":100,\"cap\":1500.00}");
        assertThat(json.get("conditions").get(0).toString()).isEqualTo("{\"type\":\"CONTRACT_AT_LEAST\",\"months\":6}");
        assertThat(json.get("budget").decimalValue()).isEqualByComparingTo("1000000");
    }

    @Test
    void namesEveryUnreadableFieldAtOnce() {
        JsonNode json = MAPPER.readTree("""
                {"kind": "LOTTERY", "payee": "WORKER", "amount": {"type": "RANDOM"},
                 "stages": [{"monthsAfterBasis": 0, "percent": 100}],
                 "conditions": [{"type": "MOON_PHASE"}, {"type": "CONTRACT_AT_LEAST", "months": "six"}],
                 "validFrom": "2026-13-01", "budget": -5, "oncePerPerson": "LIFETIME"}
                """);

        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> PolicyTermsJson.read(json));

        assertThat(refused.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("kind", "UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple("amount", "UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple("conditions", "UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple("conditions.contractAtLeast", "TYPE"),
                        org.assertj.core.groups.Tuple.tuple("validity", "DATE"),
                        org.assertj.core.groups.Tuple.tuple("budget", "NEGATIVE"));
    }

    @Test
    void readableButContradictoryTermsAreRefusedByTheContradictionRule() {
        JsonNode json = PolicyTermsJson.write(Fixtures.draft().build());
        ((tools.jackson.databind.node.ObjectNode) json).put("validTo", "2025-01-01");

        InvalidInputException refused =
                catchThrowableOfType(InvalidInputException.class, () -> PolicyTermsJson.read(json));

        assertThat(refused.violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("validity", "REVERSED"));
    }

    private static PolicyTerms roundTrip(PolicyTerms terms) {
        String stored = MAPPER.writeValueAsString(PolicyTermsJson.write(terms));
        return PolicyTermsJson.read(MAPPER.readTree(stored));
    }
}
