package org.laborbridge.subsidies.policy;

import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.PaymentStages.StageAmount;

/**
 * The engine's answer, with every condition's reason. An ineligible answer carries no money, so
 * nothing downstream can pay an amount computed for someone who does not qualify.
 */
public record Eligibility(boolean eligible, List<ConditionResult> results, Money amount, List<StageAmount> stages) {

    public Eligibility {
        results = List.copyOf(results);
        stages = List.copyOf(stages);
    }

    /** The reasons not met, for a refusal that explains itself. */
    public List<ConditionResult> unmet() {
        return results.stream().filter(result -> !result.met()).toList();
    }
}
