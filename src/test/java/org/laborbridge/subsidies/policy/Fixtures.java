package org.laborbridge.subsidies.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.policy.Facts.Basis;
import org.laborbridge.subsidies.policy.Facts.Worker;

/** A registered-poor worker from Luxi (Xiangxi) hired on a 12-month contract, and a plain policy. */
final class Fixtures {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final RegionCode LUXI = RegionCode.of("433122");
    static final LocalDate BORN = LocalDate.of(1990, 3, 2);
    static final PartnerFlagLookup NO_PARTNERS = (county, flag) -> false;

    private Fixtures() {}

    static Worker worker() {
        return new Worker(true, LUXI, BORN);
    }

    static Facts placement(int contractMonths, int monthsEmployed, boolean socialInsurance) {
        return new Facts(worker(), Basis.placement(START, contractMonths, monthsEmployed, socialInsurance), null);
    }

    static Facts placement() {
        return placement(12, 6, true);
    }

    static Facts withWorker(Worker worker) {
        return new Facts(worker, placement().basis(), null);
    }

    static Facts trip(Money share, int batchSize, int distanceKm) {
        return new Facts(worker(), Basis.tripShare(START, share, batchSize, distanceKm), null);
    }

    static Money yuan(String yuan) {
        return Money.ofYuan(yuan);
    }

    /** A valid policy to change one part of at a time. */
    static final class Draft {
        PolicyKind kind = PolicyKind.WORKER_EMPLOYMENT;
        Payee payee = Payee.WORKER;
        AmountRule amount = new AmountRule.FixedPerPerson(yuan("1000"));
        PaymentStages stages = PaymentStages.once();
        List<Condition> conditions = new ArrayList<>();
        List<String> requiredDocuments = new ArrayList<>(List.of("labor-contract"));
        ValidityPeriod validity = new ValidityPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Money budget = yuan("1000000");
        OncePerPerson oncePerPerson = OncePerPerson.LIFETIME;
        List<String> excludes = new ArrayList<>();

        Draft with(Condition... more) {
            conditions.addAll(List.of(more));
            return this;
        }

        PolicyTerms build() {
            return new PolicyTerms(
                    kind,
                    payee,
                    amount,
                    stages,
                    conditions,
                    requiredDocuments,
                    validity,
                    budget,
                    oncePerPerson,
                    excludes);
        }

        List<Violation> violations() {
            return new ContradictionRule()
                    .check(
                            kind,
                            payee,
                            amount,
                            stages,
                            conditions,
                            requiredDocuments,
                            validity,
                            budget,
                            oncePerPerson,
                            excludes);
        }
    }

    static Draft draft() {
        return new Draft();
    }
}
