package org.laborbridge.subsidies.policy;

import java.util.List;
import org.laborbridge.shared.Money;

/**
 * Judges one person's facts against one policy version. Both the "which policies apply" page and
 * every application go through here, so they can never disagree.
 */
public final class EligibilityEngine {

    /**
     * Every condition is evaluated, even after one fails, so the page shows all the reasons and the
     * person learns everything missing at once.
     */
    public Eligibility judge(PolicyTerms terms, Facts facts, PartnerFlagLookup partners) {
        List<ConditionResult> results = terms.conditions().stream()
                .map(condition -> condition.evaluate(facts, partners))
                .toList();
        boolean eligible = results.stream().allMatch(ConditionResult::met);
        if (!eligible) {
            return new Eligibility(false, results, Money.ZERO, List.of());
        }
        Money amount = terms.amount().amountFor(facts);
        return new Eligibility(
                true,
                results,
                amount,
                terms.stages().split(amount, facts.basis().day()));
    }
}
