package org.laborbridge.subsidies.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Violation;

class FourEyesRuleTests {

    private final FourEyesRule rule = new FourEyesRule();

    @Test
    void neverLetsTheMakerApprove() {
        assertThat(rule.check("li", "li", "wang"))
                .get()
                .extracting(Violation::field, Violation::code, Violation::messageKey)
                .containsExactly("approver", "FOUR_EYES", "subsidies.invalid.approver.FOUR_EYES_CREATED");
    }

    @Test
    void neverLetsTheReviewerApprove() {
        assertThat(rule.check("wang", "li", "wang"))
                .get()
                .extracting(Violation::messageKey)
                .isEqualTo("subsidies.invalid.approver.FOUR_EYES_REVIEWED");
    }

    @Test
    void letsAThirdPersonApprove() {
        assertThat(rule.check("zhao", "li", "wang")).isEmpty();
        assertThat(rule.check("zhao", "li", null)).isEmpty();
    }
}
