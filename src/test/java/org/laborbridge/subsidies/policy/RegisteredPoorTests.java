package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.BORN;
import static org.laborbridge.subsidies.policy.Fixtures.LUXI;
import static org.laborbridge.subsidies.policy.Fixtures.NO_PARTNERS;

import org.junit.jupiter.api.Test;
import org.laborbridge.subsidies.policy.Condition.RegisteredPoor;
import org.laborbridge.subsidies.policy.Facts.Worker;

class RegisteredPoorTests {

    private final RegisteredPoor condition = new RegisteredPoor();

    @Test
    void isMetByARegisteredPoorWorker() {
        ConditionResult result = condition.evaluate(Fixtures.withWorker(new Worker(true, LUXI, BORN)), NO_PARTNERS);

        assertThat(result.met()).isTrue();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.REGISTERED_POOR.met");
        assertThat(result.arguments()).isEmpty();
    }

    @Test
    void isUnmetByAnyoneElse() {
        ConditionResult result = condition.evaluate(Fixtures.withWorker(new Worker(false, LUXI, BORN)), NO_PARTNERS);

        assertThat(result.met()).isFalse();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.REGISTERED_POOR.unmet");
    }
}
