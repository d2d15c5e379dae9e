package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.yuan;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.AmountRule.ShareOfCost;

class ShareOfCostTests {

    private static Money shareOf(ShareOfCost rule, String tripShare) {
        return rule.amountFor(Fixtures.trip(yuan(tripShare), 40, 1200));
    }

    @Test
    void aFullCharterSubsidyPaysTheWholeTripShare() {
        assertThat(shareOf(new ShareOfCost(100, yuan("2000")), "486.37")).isEqualTo(yuan("486.37"));
    }

    @Test
    void roundsDownToTheFen() {
        // 50% of 0.25 is 0.125: the half fen is never paid.
        assertThat(shareOf(new ShareOfCost(50, yuan("100")), "0.25")).isEqualTo(yuan("0.12"));
        assertThat(shareOf(new ShareOfCost(33, yuan("100")), "100")).isEqualTo(yuan("33"));
    }

    @Test
    void neverPaysMoreThanTheCap() {
        ShareOfCost halfUpTo200 = new ShareOfCost(50, yuan("200"));

        assertThat(shareOf(halfUpTo200, "399.98")).isEqualTo(yuan("199.99"));
        assertThat(shareOf(halfUpTo200, "400")).isEqualTo(yuan("200"));
        assertThat(shareOf(halfUpTo200, "900")).isEqualTo(yuan("200"));
    }

    @Test
    void aPlacementHasNoCostToShare() {
        assertThat(new ShareOfCost(50, yuan("200")).amountFor(Fixtures.placement()))
                .isEqualTo(Money.ZERO);
    }

    @Test
    void largeAmountsDoNotOverflow() {
        Money huge = Money.ofYuan("999999999999999.99");

        assertThat(new ShareOfCost(100, huge).amountFor(Fixtures.trip(huge, 1, 1)))
                .isEqualTo(huge);
    }
}
