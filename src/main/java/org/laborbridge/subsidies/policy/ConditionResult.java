package org.laborbridge.subsidies.policy;

import java.util.List;
import java.util.Objects;

/**
 * One condition judged, with the reason a person can read: the message key is
 * {@code subsidies.condition.<TYPE>.met} or {@code .unmet} and the arguments fill it in, e.g.
 * "contract 6 months, policy needs 12".
 */
public record ConditionResult(Condition condition, boolean met, String messageKey, List<Object> arguments) {

    public ConditionResult {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    static ConditionResult of(Condition condition, boolean met, Object... arguments) {
        String key = "subsidies.condition." + condition.type() + (met ? ".met" : ".unmet");
        return new ConditionResult(condition, met, key, List.of(arguments));
    }
}
