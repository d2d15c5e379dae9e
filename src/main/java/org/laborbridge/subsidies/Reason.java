package org.laborbridge.subsidies;

import java.util.List;
import org.laborbridge.subsidies.policy.ConditionResult;

/**
 * One reason in an explained judgement, as a page or the API words it: a policy condition
 * ({@code type} REGISTERED_POOR, CONTRACT_AT_LEAST, …) or a check of the claim itself (IN_FORCE,
 * PAYEE, ONCE_PER_PERSON, EXCLUDED, BASIS_CLAIMED). {@code messageKey} with {@code arguments} gives
 * the sentence, e.g. "contract 6 months, policy needs 12".
 */
public record Reason(String type, boolean met, String messageKey, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(ConditionResult result) {
        return new Reason(result.condition().type(), result.met(), result.messageKey(), result.arguments());
    }
}
