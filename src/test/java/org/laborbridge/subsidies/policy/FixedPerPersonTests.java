package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.yuan;

import org.junit.jupiter.api.Test;
import org.laborbridge.subsidies.policy.AmountRule.FixedPerPerson;

class FixedPerPersonTests {

    @Test
    void paysTheSameWhateverTheBasis() {
        FixedPerPerson thousand = new FixedPerPerson(yuan("1000"));

        assertThat(thousand.amountFor(Fixtures.placement())).isEqualTo(yuan("1000"));
        assertThat(thousand.amountFor(Fixtures.trip(yuan("300"), 40, 1200))).isEqualTo(yuan("1000"));
    }
}
