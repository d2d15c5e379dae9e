package org.laborbridge.subsidies.policy;

import java.util.List;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;

/**
 * What one version of a policy says: who is paid how much, when, on which conditions, with which
 * documents, for how long, from which budget, how often, and which policies it excludes. It
 * cannot exist contradictory: {@link ContradictionRule} refuses it with every reason at once.
 */
public record PolicyTerms(
        PolicyKind kind,
        Payee payee,
        AmountRule amount,
        PaymentStages stages,
        List<Condition> conditions,
        List<String> requiredDocuments,
        ValidityPeriod validity,
        Money budget,
        OncePerPerson oncePerPerson,
        List<String> excludes) {

    private static final ContradictionRule CONTRADICTIONS = new ContradictionRule();

    public PolicyTerms {
        conditions = conditions == null ? List.of() : conditions;
        requiredDocuments = requiredDocuments == null ? List.of() : requiredDocuments;
        excludes = excludes == null ? List.of() : excludes;
        // Checked before copying, because List.copyOf would throw on a blank entry left in a form.
        var violations = CONTRADICTIONS.check(
                kind, payee, amount, stages, conditions, requiredDocuments, validity, budget, oncePerPerson, excludes);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        conditions = List.copyOf(conditions);
        requiredDocuments = List.copyOf(requiredDocuments);
        excludes = List.copyOf(excludes);
    }
}
