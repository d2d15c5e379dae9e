package org.laborbridge.subsidies.policy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.laborbridge.shared.Money;

/**
 * When the money is paid: for example half at 6 months after the basis day and half at 12.
 * {@link ContradictionRule} makes sure the percentages add up to 100 with months ascending.
 */
public record PaymentStages(List<Stage> stages) {

    public PaymentStages {
        stages = List.copyOf(stages);
    }

    public static PaymentStages once() {
        return new PaymentStages(List.of(new Stage(0, 100)));
    }

    /**
     * Each stage gets its percentage rounded down to the fen; the fen left over go one each to the
     * first stages, as {@link Money#allocate} does, so the stages always add up to the whole and
     * the earlier payment is never the smaller by rounding. Weighted by the stages' own total so
     * the sum holds even for stages that were never checked.
     */
    public List<StageAmount> split(Money amount, LocalDate basisDay) {
        int total = stages.stream().mapToInt(Stage::percent).sum();
        if (stages.isEmpty() || total <= 0) {
            throw new IllegalStateException("Stages without a percentage cannot split an amount");
        }
        long[] fen = new long[stages.size()];
        long given = 0;
        for (int i = 0; i < fen.length; i++) {
            fen[i] = weighted(amount.fen(), stages.get(i).percent(), total);
            given += fen[i];
        }
        for (int i = 0; given < amount.fen(); i = (i + 1) % fen.length) {
            fen[i]++;
            given++;
        }
        List<StageAmount> amounts = new ArrayList<>(fen.length);
        for (int i = 0; i < fen.length; i++) {
            Stage stage = stages.get(i);
            amounts.add(new StageAmount(
                    stage.monthsAfterBasis(), basisDay.plusMonths(stage.monthsAfterBasis()), Money.ofFen(fen[i])));
        }
        return Collections.unmodifiableList(amounts);
    }

    private static long weighted(long fen, int percent, int total) {
        return BigInteger.valueOf(fen)
                .multiply(BigInteger.valueOf(percent))
                .divide(BigInteger.valueOf(total))
                .longValueExact();
    }

    public record Stage(int monthsAfterBasis, int percent) {}

    /** One payment of a claim, payable from the given day. */
    public record StageAmount(int monthsAfterBasis, LocalDate payableFrom, Money amount) {}
}
