package org.laborbridge.subsidies.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.policy.AmountRule.FixedPerPerson;
import org.laborbridge.subsidies.policy.AmountRule.ShareOfCost;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.AmountRule.TieredByBatchSize;
import org.laborbridge.subsidies.policy.AmountRule.TieredByDistance;
import org.laborbridge.subsidies.policy.Condition.AgeBetween;
import org.laborbridge.subsidies.policy.Condition.BasisWithin;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;
import org.laborbridge.subsidies.policy.Condition.HouseholdInRegions;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;

/**
 * A policy nobody could ever meet, or that pays nothing, is a mistake in the form and not a
 * policy: refuse it before anyone applies under it. Every reason is collected, not just the first,
 * so the administrator fixes the form once.
 */
final class ContradictionRule {

    /** Matches placements' contract limit: no contract here runs longer than five years. */
    static final int MAX_CONTRACT_MONTHS = 60;

    static final int MAX_PERCENT = 100;

    List<Violation> check(
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
        List<Violation> violations = new ArrayList<>();
        required(violations, "kind", kind);
        required(violations, "payee", payee);
        required(violations, "oncePerPerson", oncePerPerson);
        if (required(violations, "amount", amount)) {
            checkAmount(violations, amount);
        }
        if (required(violations, "stages", stages)) {
            checkStages(violations, stages.stages());
        }
        if (required(violations, "validity", validity)) {
            required(violations, "validity", validity.from());
            if (validity.reversed()) {
                violations.add(Refusals.violation("validity", "REVERSED", validity.from(), validity.to()));
            }
        }
        if (required(violations, "budget", budget) && budget.isZero()) {
            violations.add(Refusals.violation("budget", "NOT_POSITIVE"));
        }
        checkConditions(violations, conditions);
        if (requiredDocuments.stream().anyMatch(document -> document == null || document.isBlank())) {
            violations.add(Refusals.violation("requiredDocuments", "BLANK"));
        }
        if (excludes.stream().anyMatch(code -> code == null || code.isBlank())) {
            violations.add(Refusals.violation("excludes", "BLANK"));
        }
        return violations;
    }

    private static boolean required(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(Refusals.violation(field, "REQUIRED"));
            return false;
        }
        return true;
    }

    private static void checkAmount(List<Violation> violations, AmountRule amount) {
        // Java 17 has no pattern switch, hence the chain; the interface is sealed, so it is complete.
        if (amount instanceof FixedPerPerson fixed) {
            if (fixed.amount().isZero()) {
                violations.add(Refusals.violation("amount", "NOT_POSITIVE"));
            }
        } else if (amount instanceof TieredByDistance tiered) {
            checkTiers(violations, tiered.tiers());
        } else if (amount instanceof TieredByBatchSize tiered) {
            checkTiers(violations, tiered.tiers());
        } else if (amount instanceof ShareOfCost share) {
            if (share.percent() < 1 || share.percent() > MAX_PERCENT) {
                violations.add(Refusals.violation("amount.percent", "RANGE", 1, MAX_PERCENT));
            }
            if (share.cap().isZero()) {
                violations.add(Refusals.violation("amount.cap", "NOT_POSITIVE"));
            }
        }
    }

    /** Tiers must climb strictly, so that each distance or batch size falls in exactly one. */
    private static void checkTiers(List<Violation> violations, List<Tier> tiers) {
        if (tiers.isEmpty()) {
            violations.add(Refusals.violation("amount.tiers", "EMPTY"));
            return;
        }
        if (tiers.stream().anyMatch(tier -> tier.amount().isZero())) {
            violations.add(Refusals.violation("amount.tiers", "NOT_POSITIVE"));
        }
        int previous = 0;
        for (Tier tier : tiers) {
            if (tier.upTo() <= previous) {
                violations.add(Refusals.violation("amount.tiers", "ORDER"));
                return;
            }
            previous = tier.upTo();
        }
    }

    private static void checkStages(List<Violation> violations, List<Stage> stages) {
        if (stages.isEmpty()) {
            violations.add(Refusals.violation("stages", "EMPTY"));
            return;
        }
        if (stages.stream().anyMatch(stage -> stage.percent() < 1)) {
            violations.add(Refusals.violation("stages", "NOT_POSITIVE"));
        }
        int sum = stages.stream().mapToInt(Stage::percent).sum();
        if (sum != MAX_PERCENT) {
            violations.add(Refusals.violation("stages", "SUM", sum));
        }
        // Stage two is never paid before stage one, so their months must climb.
        int previous = -1;
        for (Stage stage : stages) {
            if (stage.monthsAfterBasis() <= previous) {
                violations.add(Refusals.violation("stages", "ORDER"));
                return;
            }
            previous = stage.monthsAfterBasis();
        }
    }

    private static void checkConditions(List<Violation> violations, List<Condition> conditions) {
        if (conditions.stream().anyMatch(Objects::isNull)) {
            violations.add(Refusals.violation("conditions", "REQUIRED"));
            return;
        }
        List<AgeBetween> ages = ofType(conditions, AgeBetween.class);
        for (AgeBetween age : ages) {
            if (age.min() < 0) {
                violations.add(Refusals.violation("conditions.ageBetween", "NEGATIVE", age.min()));
            }
            if (age.min() > age.max()) {
                violations.add(Refusals.violation("conditions.ageBetween", "REVERSED", age.min(), age.max()));
            }
        }
        if (anyPairApart(ages, AgeBetween::intersects)) {
            violations.add(Refusals.violation("conditions.ageBetween", "DISJOINT"));
        }
        List<BasisWithin> periods = ofType(conditions, BasisWithin.class);
        for (BasisWithin period : periods) {
            if (period.to().isBefore(period.from())) {
                violations.add(Refusals.violation("conditions.basisWithin", "REVERSED", period.from(), period.to()));
            }
        }
        if (anyPairApart(periods, BasisWithin::intersects)) {
            violations.add(Refusals.violation("conditions.basisWithin", "DISJOINT"));
        }
        List<HouseholdInRegions> regions = ofType(conditions, HouseholdInRegions.class);
        if (regions.stream().anyMatch(condition -> condition.regions().isEmpty())) {
            violations.add(Refusals.violation("conditions.householdInRegions", "EMPTY"));
        } else if (anyPairApart(regions, ContradictionRule::shareACounty)) {
            violations.add(Refusals.violation("conditions.householdInRegions", "DISJOINT"));
        }
        for (ContractAtLeast contract : ofType(conditions, ContractAtLeast.class)) {
            if (contract.months() < 1 || contract.months() > MAX_CONTRACT_MONTHS) {
                violations.add(Refusals.violation("conditions.contractAtLeast", "RANGE", 1, MAX_CONTRACT_MONTHS));
            }
        }
        for (EmployedAtLeast employed : ofType(conditions, EmployedAtLeast.class)) {
            if (employed.months() < 0) {
                violations.add(Refusals.violation("conditions.employedAtLeast", "NEGATIVE", employed.months()));
            }
        }
    }

    private static boolean shareACounty(HouseholdInRegions one, HouseholdInRegions other) {
        return one.regions().stream()
                .anyMatch(mine -> other.regions().stream().anyMatch(theirs -> RegionCover.overlap(mine, theirs)));
    }

    /**
     * Two conditions of a type that nobody can meet together. For ranges of ages or days, pairs
     * that all meet also meet all together; for region lists the check is pairwise by design.
     */
    private static <T> boolean anyPairApart(List<T> items, java.util.function.BiPredicate<T, T> together) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (!together.test(items.get(i), items.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T> List<T> ofType(List<Condition> conditions, Class<T> type) {
        return conditions.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
