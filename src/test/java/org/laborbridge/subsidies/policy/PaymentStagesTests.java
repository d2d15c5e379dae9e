package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.START;
import static org.laborbridge.subsidies.policy.Fixtures.yuan;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.Money;
import org.laborbridge.subsidies.policy.PaymentStages.Stage;
import org.laborbridge.subsidies.policy.PaymentStages.StageAmount;

class PaymentStagesTests {

    @Test
    void halfAtSixMonthsAndHalfAtTwelve() {
        PaymentStages halves = new PaymentStages(List.of(new Stage(6, 50), new Stage(12, 50)));

        List<StageAmount> amounts = halves.split(yuan("1000.01"), START);

        assertThat(amounts)
                .containsExactly(
                        new StageAmount(6, START.plusMonths(6), yuan("500.01")),
                        new StageAmount(12, START.plusMonths(12), yuan("500")));
    }

    @Test
    void theLeftoverFenGoToTheEarlierStages() {
        PaymentStages thirds = new PaymentStages(List.of(new Stage(1, 33), new Stage(3, 33), new Stage(6, 34)));

        assertThat(thirds.split(Money.ofFen(2), START))
                .extracting(StageAmount::amount)
                .containsExactly(Money.ofFen(1), Money.ofFen(1), Money.ZERO);
    }

    @Test
    void oncePaysEverythingOnTheBasisDay() {
        assertThat(PaymentStages.once().split(yuan("300"), START))
                .containsExactly(new StageAmount(0, START, yuan("300")));
    }

    @Property
    void theStagesAlwaysAddUpToTheAmount(
            @ForAll @LongRange(min = 0, max = 99_999_999_999_999_999L) long fen,
            @ForAll("stages") PaymentStages stages) {
        List<StageAmount> amounts = stages.split(Money.ofFen(fen), START);

        assertThat(amounts.stream().mapToLong(stage -> stage.amount().fen()).sum())
                .isEqualTo(fen);
        assertThat(amounts).hasSameSizeAs(stages.stages());
    }

    /** Up to six stages with positive percentages summing to 100 and months ascending. */
    @Provide
    Arbitrary<PaymentStages> stages() {
        return Arbitraries.integers().between(1, 99).set().ofMaxSize(5).map(cuts -> {
            List<Integer> points = new ArrayList<>(cuts);
            points.sort(null);
            points.add(100);
            List<Stage> stages = new ArrayList<>();
            int previous = 0;
            for (int i = 0; i < points.size(); i++) {
                stages.add(new Stage(i * 3, points.get(i) - previous));
                previous = points.get(i);
            }
            return new PaymentStages(stages);
        });
    }
}
