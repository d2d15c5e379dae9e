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
    void neverLetsTheMakerReview() {
        assertThat(rule.checkReview("li", "li"))
                .get()
                .extracting(Violation::field, Violation::code, Violation::messageKey)
                .containsExactly("reviewer", "SELF_REVIEW", "subsidies.invalid.reviewer.SELF_REVIEW");
        assertThat(rule.checkReview("wang", "li")).isEmpty();
        assertThat(rule.checkReview("wang", "system")).isEmpty();
    }

    @Test
    void letsAThirdPersonApprove() {
        assertThat(rule.check("zhao", "li", "wang")).isEmpty();
        assertThat(rule.check("zhao", "li", null)).isEmpty();
    }
}
