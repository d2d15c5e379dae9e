package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.NO_PARTNERS;

import org.junit.jupiter.api.Test;
import org.laborbridge.subsidies.policy.Condition.SocialInsuranceConfirmed;

class SocialInsuranceConfirmedTests {

    private final SocialInsuranceConfirmed condition = new SocialInsuranceConfirmed();

    @Test
    void isMetWhenConfirmed() {
        ConditionResult result = condition.evaluate(Fixtures.placement(12, 0, true), NO_PARTNERS);

        assertThat(result.met()).isTrue();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.SOCIAL_INSURANCE_CONFIRMED.met");
    }

    @Test
    void isUnmetUntilConfirmed() {
        ConditionResult result = condition.evaluate(Fixtures.placement(12, 0, false), NO_PARTNERS);

        assertThat(result.met()).isFalse();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.SOCIAL_INSURANCE_CONFIRMED.unmet");
        assertThat(result.arguments()).isEmpty();
    }
}
