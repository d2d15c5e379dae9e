package org.laborbridge.subsidies.applications;

import java.util.Optional;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;

/**
 * A policy never promises more than its budget: what is committed (approved, not yet paid) and
 * what is paid, plus this claim, stays within the budget of the policy's latest version. The
 * refusal names what is left, so the approver knows how far the budget still goes.
 */
final class BudgetRule {

    Optional<Violation> check(Money budget, Money committed, Money paid, Money amount) {
        Money used = committed.add(paid);
        if (used.add(amount).compareTo(budget) <= 0) {
            return Optional.empty();
        }
        Money remaining = used.compareTo(budget) >= 0 ? Money.ZERO : budget.subtract(used);
        return Optional.of(Violation.of(
                "amount",
                "OVER_BUDGET",
                "subsidies.invalid.amount.OVER_BUDGET",
                amount.toDisplayString(),
                remaining.toDisplayString(),
                budget.toDisplayString()));
    }
}
