package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.NO_PARTNERS;
import static org.laborbridge.subsidies.policy.Fixtures.START;

import org.junit.jupiter.api.Test;
import org.laborbridge.subsidies.policy.Condition.BasisWithin;

class BasisWithinTests {

    @Test
    void includesBothEndDays() {
        assertThat(new BasisWithin(START, START.plusDays(10))
                        .evaluate(Fixtures.placement(), NO_PARTNERS)
                        .met())
                .isTrue();
        ConditionResult lastDay =
                new BasisWithin(START.minusDays(10), START).evaluate(Fixtures.placement(), NO_PARTNERS);
        assertThat(lastDay.met()).isTrue();
        assertThat(lastDay.messageKey()).isEqualTo("subsidies.condition.BASIS_WITHIN.met");
        assertThat(lastDay.arguments()).containsExactly("2026-03-02", "2026-02-20", "2026-03-02");
    }

    @Test
    void explainsADayOutsideTheRange() {
        ConditionResult result =
                new BasisWithin(START.plusDays(1), START.plusDays(30)).evaluate(Fixtures.placement(), NO_PARTNERS);

        assertThat(result.met()).isFalse();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.BASIS_WITHIN.unmet");
        assertThat(result.arguments()).containsExactly("2026-03-02", "2026-03-03", "2026-04-01");
    }

    @Test
    void judgesATripByItsDepartureDay() {
        assertThat(new BasisWithin(START, START)
                        .evaluate(Fixtures.trip(Fixtures.yuan("300"), 40, 1200), NO_PARTNERS)
                        .met())
                .isTrue();
    }
}
