package org.laborbridge.workshops;

import java.util.List;

/**
 * Judges a workshop's current employees against the recognition criteria. Run after every
 * employee change: below them the workshop is flagged for withdrawal, back above it is restored.
 */
final class RecognitionRule {

    /** What the rule reads of one current employee. */
    record Employee(boolean registeredPoor, int contractMonths, boolean accidentInsured) {}

    record Outcome(List<CriterionCheck> checks) {

        boolean met() {
            return checks.stream().allMatch(CriterionCheck::met);
        }

        List<String> unmet() {
            return checks.stream()
                    .filter(check -> !check.met())
                    .map(CriterionCheck::criterion)
                    .toList();
        }
    }

    private final RecognitionCriteria criteria;

    RecognitionRule(RecognitionCriteria criteria) {
        this.criteria = criteria;
    }

    Outcome evaluate(List<Employee> current) {
        long headcount = current.size();
        long poor = current.stream().filter(Employee::registeredPoor).count();
        long sharePercent = headcount == 0 ? 0 : poor * 100 / headcount;
        boolean enoughPoor = headcount > 0
                && (poor >= criteria.minPoorWorkers()
                        || poor * 100 >= (long) criteria.minPoorSharePercent() * headcount);
        long shortContracts = current.stream()
                .filter(e -> e.contractMonths() < criteria.minContractMonths())
                .count();
        long uninsured = current.stream().filter(e -> !e.accidentInsured()).count();
        return new Outcome(List.of(
                new CriterionCheck(
                        CriterionCheck.POOR_WORKERS,
                        enoughPoor,
                        List.of(
                                poor,
                                headcount,
                                sharePercent,
                                criteria.minPoorWorkers(),
                                criteria.minPoorSharePercent())),
                new CriterionCheck(
                        CriterionCheck.CONTRACT_MONTHS,
                        shortContracts == 0,
                        List.of(shortContracts, criteria.minContractMonths())),
                new CriterionCheck(
                        CriterionCheck.ACCIDENT_INSURANCE,
                        !criteria.accidentInsuranceRequired() || uninsured == 0,
                        List.of(uninsured, criteria.accidentInsuranceRequired() ? 1 : 0))));
    }
}
