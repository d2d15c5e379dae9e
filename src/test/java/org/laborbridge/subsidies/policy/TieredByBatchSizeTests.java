package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.yuan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.AmountRule.Tier;
import org.laborbridge.subsidies.policy.AmountRule.TieredByBatchSize;

class TieredByBatchSizeTests {

    // Listed out of order on purpose: the rule reads the tiers by their limits, not their position.
    private final TieredByBatchSize rule =
            new TieredByBatchSize(List.of(new Tier(200, yuan("150")), new Tier(50, yuan("300"))));

    private Money forBatchOf(int people) {
        return rule.amountFor(Fixtures.trip(yuan("300"), people, 1200));
    }

    @Test
    void aTierIncludesItsUpperLimit() {
        assertThat(forBatchOf(1)).isEqualTo(yuan("300"));
        assertThat(forBatchOf(50)).isEqualTo(yuan("300"));
        assertThat(forBatchOf(51)).isEqualTo(yuan("150"));
        assertThat(forBatchOf(200)).isEqualTo(yuan("150"));
    }

    @Test
    void aLargerBatchThanEveryTierPaysTheLastTier() {
        assertThat(forBatchOf(528)).isEqualTo(yuan("150"));
    }
}
