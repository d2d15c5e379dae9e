package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;

class BudgetRuleTests {

    private final BudgetRule rule = new BudgetRule();

    @Test
    void approvesUpToTheLastFenOfTheBudget() {
        assertThat(rule.check(yuan("3000"), yuan("1000"), yuan("1000"), yuan("1000")))
                .isEmpty();
    }

    @Test
    void refusesBeyondTheBudgetNamingWhatRemains() {
        assertThat(rule.check(yuan("2500"), yuan("1000"), yuan("1000"), yuan("1000")))
                .get()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("amount");
                    assertThat(violation.code()).isEqualTo("OVER_BUDGET");
                    assertThat(violation.arguments()).containsExactly("1,000", "500", "2,500");
                });
    }

    @Test
    void aBudgetCutBelowWhatIsSpentLeavesNothingRatherThanANegativeRemainder() {
        assertThat(rule.check(yuan("1000"), yuan("800"), yuan("700"), yuan("1")))
                .get()
                .extracting(Violation::arguments)
                .satisfies(arguments -> assertThat(arguments.get(1)).isEqualTo("0"));
    }

    private static Money yuan(String yuan) {
        return Money.ofYuan(yuan);
    }
}
