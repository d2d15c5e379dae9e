package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.NO_PARTNERS;

import org.junit.jupiter.api.Test;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;

class ContractAtLeastTests {

    private final ContractAtLeast twelveMonths = new ContractAtLeast(12);

    @Test
    void isMetByAContractOfExactlyTheMonthsNeeded() {
        ConditionResult result = twelveMonths.evaluate(Fixtures.placement(12, 0, false), NO_PARTNERS);

        assertThat(result.met()).isTrue();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.CONTRACT_AT_LEAST.met");
        assertThat(result.arguments()).containsExactly(12, 12);
    }

    @Test
    void explainsAShorterContract() {
        ConditionResult result = twelveMonths.evaluate(Fixtures.placement(6, 0, false), NO_PARTNERS);

        assertThat(result.met()).isFalse();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.CONTRACT_AT_LEAST.unmet");
        assertThat(result.arguments()).containsExactly(6, 12);
    }

    @Test
    void aTripCarriesNoContract() {
        ConditionResult result = twelveMonths.evaluate(Fixtures.trip(Fixtures.yuan("300"), 40, 1200), NO_PARTNERS);

        assertThat(result.met()).isFalse();
        assertThat(result.arguments()).containsExactly(0, 12);
    }
}
