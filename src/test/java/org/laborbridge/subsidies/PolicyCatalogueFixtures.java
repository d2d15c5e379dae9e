package org.laborbridge.subsidies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.AmountRule;
import org.laborbridge.subsidies.policy.Condition;
import org.laborbridge.subsidies.policy.OncePerPerson;
import org.laborbridge.subsidies.policy.Payee;
import org.laborbridge.subsidies.policy.PaymentStages;
import org.laborbridge.subsidies.policy.PolicyKind;
import org.laborbridge.subsidies.policy.PolicyTerms;
import org.laborbridge.subsidies.policy.ValidityPeriod;

/** Callers of every role and plain terms; codes are unique because tests share one database. */
final class PolicyCatalogueFixtures {

    static final Caller ADMIN = caller("admin", Role.ADMIN);
    static final Caller CASEWORKER = caller("caseworker", Role.CASEWORKER);
    static final Caller APPROVER = caller("approver", Role.APPROVER);
    static final Caller PARTNER = new Caller("xiangxi", null, Role.PARTNER, List.of("433100"), null, null);
    static final Caller EMPLOYER = new Caller("some-employer", null, Role.EMPLOYER, List.of(), UUID.randomUUID(), null);
    static final Caller WORKER = new Caller("some-worker", null, Role.WORKER, List.of(), null, UUID.randomUUID());

    private PolicyCatalogueFixtures() {}

    static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    static PolicyTerms terms(String yuan, int contractMonths) {
        return new PolicyTerms(
                PolicyKind.WORKER_EMPLOYMENT,
                Payee.WORKER,
                new AmountRule.FixedPerPerson(Money.ofYuan(yuan)),
                PaymentStages.once(),
                List.of(new Condition.RegisteredPoor(), new Condition.ContractAtLeast(contractMonths)),
                List.of("labor-contract"),
                new ValidityPeriod(LocalDate.of(2026, 1, 1), null),
                Money.ofYuan("100000"),
                OncePerPerson.LIFETIME,
                List.of());
    }

    private static Caller caller(String username, Role role) {
        return new Caller(username, null, role, List.of(), null, null);
    }
}
