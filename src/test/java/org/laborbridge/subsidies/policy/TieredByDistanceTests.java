package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.yuan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.AmountRule.TieredByDistance;

class TieredByDistanceTests {

    private final TieredByDistance rule = new TieredByDistance(
            List.of(new Tier(500, yuan("200")), new Tier(1000, yuan("400")), new Tier(2000, yuan("600"))));

    private Money at(int km) {
        return rule.amountFor(Fixtures.trip(yuan("300"), 40, km));
    }

    @Test
    void aTierIncludesItsUpperLimit() {
        assertThat(at(0)).isEqualTo(yuan("200"));
        assertThat(at(500)).isEqualTo(yuan("200"));
        assertThat(at(501)).isEqualTo(yuan("400"));
        assertThat(at(1000)).isEqualTo(yuan("400"));
        assertThat(at(1001)).isEqualTo(yuan("600"));
    }

    @Test
    void beyondTheLastTierPaysTheLastTier() {
        assertThat(at(2000)).isEqualTo(yuan("600"));
        assertThat(at(3500)).isEqualTo(yuan("600"));
    }
}
