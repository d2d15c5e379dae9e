package org.laborbridge.subsidies;

import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages.StageAmount;
import org.laborbridge.subsidies.policy.PolicyKind;

/**
 * One policy's latest version judged for one basis: every condition and every check of the claim
 * with its reason, and, only when all are met, the amount and its stages. {@code eligible} is what
 * an application needs; the same judgement decides the application.
 */
public record PolicyJudgement(
        PolicyVersion policy,
        String code,
        String name,
        PolicyKind kind,
        Payee payee,
        boolean eligible,
        List<Reason> reasons,
        Money amount,
        List<StageAmount> stages) {

    public PolicyJudgement {
        reasons = List.copyOf(reasons);
        stages = List.copyOf(stages);
    }

    public List<Reason> unmet() {
        return reasons.stream().filter(reason -> !reason.met()).toList();
    }
}
