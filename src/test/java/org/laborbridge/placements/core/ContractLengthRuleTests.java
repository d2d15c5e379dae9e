package org.laborbridge.placements.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Violation;

class ContractLengthRuleTests {

    private final ContractLengthRule rule = new ContractLengthRule();

    @Test
    void acceptsOneToSixtyMonths() {
        assertThat(rule.check(1)).isEmpty();
        assertThat(rule.check(12)).isEmpty();
        assertThat(rule.check(60)).isEmpty();
    }

    @Test
    void refusesShorterOrLongerContracts() {
        assertThat(rule.check(0)).map(Violation::code).contains("RANGE");
        assertThat(rule.check(61)).map(Violation::code).contains("RANGE");
        assertThat(rule.check(-3)).map(Violation::field).contains("contractMonths");
    }

    @Test
    void refusesAMissingLength() {
        assertThat(rule.check(null)).map(Violation::code).contains("REQUIRED");
    }
}
