package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.NO_PARTNERS;

import org.junit.jupiter.api.Test;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;

class EmployedAtLeastTests {

    private final EmployedAtLeast sixMonths = new EmployedAtLeast(6);

    @Test
    void isMetOnceRetentionChecksConfirmTheMonths() {
        ConditionResult result = sixMonths.evaluate(Fixtures.placement(12, 6, false), NO_PARTNERS);

        assertThat(result.met()).isTrue();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.EMPLOYED_AT_LEAST.met");
        assertThat(result.arguments()).containsExactly(6, 6);
    }

    @Test
    void explainsTooFewConfirmedMonths() {
        ConditionResult result = sixMonths.evaluate(Fixtures.placement(12, 3, false), NO_PARTNERS);

        assertThat(result.met()).isFalse();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.EMPLOYED_AT_LEAST.unmet");
        assertThat(result.arguments()).containsExactly(3, 6);
    }
}
