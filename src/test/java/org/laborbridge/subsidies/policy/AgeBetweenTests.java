package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.LUXI;
import static org.laborbridge.subsidies.policy.Fixtures.NO_PARTNERS;
import static org.laborbridge.subsidies.policy.Fixtures.START;

import org.junit.jupiter.api.Test;
import org.laborbridge.subsidies.policy.Condition.AgeBetween;
import org.laborbridge.subsidies.policy.Facts.Worker;

class AgeBetweenTests {

    private final AgeBetween sixteenToSixty = new AgeBetween(16, 60);

    private static Facts bornOn(java.time.LocalDate birthDate) {
        return Fixtures.withWorker(new Worker(true, LUXI, birthDate));
    }

    @Test
    void countsTheAgeOnTheBasisDay() {
        ConditionResult sixtiethBirthday = sixteenToSixty.evaluate(bornOn(START.minusYears(60)), NO_PARTNERS);

        assertThat(sixtiethBirthday.met()).isTrue();
        assertThat(sixtiethBirthday.messageKey()).isEqualTo("subsidies.condition.AGE_BETWEEN.met");
        assertThat(sixtiethBirthday.arguments()).containsExactly(60, 16, 60);
    }

    @Test
    void explainsAnAgeOutsideTheRange() {
        ConditionResult sixtyOne = sixteenToSixty.evaluate(bornOn(START.minusYears(61)), NO_PARTNERS);
        ConditionResult dayBeforeSixteen =
                sixteenToSixty.evaluate(bornOn(START.minusYears(16).plusDays(1)), NO_PARTNERS);

        assertThat(sixtyOne.met()).isFalse();
        assertThat(sixtyOne.messageKey()).isEqualTo("subsidies.condition.AGE_BETWEEN.unmet");
        assertThat(sixtyOne.arguments()).containsExactly(61, 16, 60);
        assertThat(dayBeforeSixteen.met()).isFalse();
        assertThat(dayBeforeSixteen.arguments()).containsExactly(15, 16, 60);
    }
}
