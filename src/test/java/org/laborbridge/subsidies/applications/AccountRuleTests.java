package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Violation;

class AccountRuleTests {

    private final AccountRule rule = new AccountRule();

    @Test
    void acceptsEightToThirtyDigitsAsTyped() {
        assertThat(AccountRule.normalise(" 6228 4800-1234 5678 ")).isEqualTo("6228480012345678");
        assertThat(rule.check("张三", "农业银行", "12345678", true)).isEmpty();
        assertThat(rule.check("张三", null, "1".repeat(30), true)).isEmpty();
    }

    @Test
    void refusesLettersAndLengthsOutsideTheRange() {
        assertThat(rule.check("张三", null, "1234567", true))
                .extracting(Violation::code)
                .containsExactly("FORMAT");
        assertThat(rule.check("张三", null, "1".repeat(31), true))
                .extracting(Violation::code)
                .containsExactly("FORMAT");
        assertThat(rule.check("张三", null, "6228abc12345", true))
                .extracting(Violation::code)
                .containsExactly("FORMAT");
    }

    @Test
    void mayWaitAtApplicationButNotAtApproval() {
        assertThat(rule.check("张三", null, null, true)).isEmpty();
        assertThat(rule.presentForApproval(null))
                .get()
                .extracting(Violation::code)
                .isEqualTo("ACCOUNT_MISSING");
        assertThat(rule.presentForApproval("12345678")).isEmpty();
    }

    @Test
    void namesThePayeeWithinItsLength() {
        assertThat(rule.check(null, null, null, true))
                .extracting(Violation::code)
                .containsExactly("REQUIRED");
        assertThat(rule.check("名".repeat(201), "行".repeat(101), null, false))
                .extracting(Violation::field)
                .containsExactly("payeeName", "bankName");
    }
}
