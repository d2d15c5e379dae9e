package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @ParameterizedTest
    @CsvSource({
        "1234.56, 123456",
        "1234, 123400",
        "0.5, 50",
        "0.05, 5",
        "007.10, 710",
        "1.500, 150",
        "+3, 300",
        "１２.３４, 1234"
    })
    void parsesYuanExactlyToTheFen(String yuan, long fen) {
        assertThat(Money.ofYuan(yuan).fen()).isEqualTo(fen);
    }

    @ParameterizedTest
    @CsvSource({"123456, 1234.56", "5, 0.05", "50, 0.50", "0, 0.00", "100, 1.00"})
    void printsYuanWithTwoDecimals(long fen, String yuan) {
        assertThat(Money.ofFen(fen).toYuanString()).isEqualTo(yuan);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.505", "0.001", "12.3456"})
    void rejectsMoreThanTwoDecimals(String yuan) {
        assertRejected(() -> Money.ofYuan(yuan), "PRECISION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,234.56", "¥12", "1.", ".5", "1e3", "12 34"})
    void rejectsWhatIsNotAPlainDecimal(String yuan) {
        assertRejected(() -> Money.ofYuan(yuan), "FORMAT");
    }

    @Test
    void rejectsNegativeAmounts() {
        assertRejected(() -> Money.ofYuan("-0.01"), "NEGATIVE");
        assertRejected(() -> Money.ofFen(-1), "NEGATIVE");
        assertRejected(() -> Money.ofYuan("1").subtract(Money.ofYuan("1.01")), "NEGATIVE");
        assertRejected(() -> Money.ofFen(1).times(-1), "NEGATIVE");
    }

    @Test
    void rejectsAmountsBeyondFifteenDigitsOfYuan() {
        assertRejected(() -> Money.ofYuan("1000000000000000"), "TOO_LARGE");
        assertThat(Money.ofYuan("999999999999999.99").fen()).isEqualTo(99_999_999_999_999_999L);
    }

    @Test
    void addsSubtractsAndMultiplies() {
        Money fare = Money.ofYuan("385.50");

        assertThat(fare.add(Money.ofYuan("14.50"))).isEqualTo(Money.ofYuan("400"));
        assertThat(fare.subtract(fare)).isEqualTo(Money.ZERO);
        assertThat(fare.times(3)).isEqualTo(Money.ofYuan("1156.50"));
    }

    @Test
    void ordersByAmount() {
        assertThat(Money.ofYuan("0.99")).isLessThan(Money.ofYuan("1"));
        assertThat(List.of(Money.ofFen(3), Money.ofFen(1), Money.ofFen(2)).stream()
                        .sorted()
                        .toList())
                .containsExactly(Money.ofFen(1), Money.ofFen(2), Money.ofFen(3));
        assertThat(Money.ofFen(3).compareTo(Money.ofFen(1))).isPositive();
    }

    @Test
    void givesTheRemainderFenToTheFirstParts() {
        assertThat(Money.ofFen(100).allocate(3)).containsExactly(Money.ofFen(34), Money.ofFen(33), Money.ofFen(33));
        assertThat(Money.ofFen(2).allocate(3)).containsExactly(Money.ofFen(1), Money.ofFen(1), Money.ZERO);
    }

    @Test
    void refusesToAllocateOverNoParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.ofFen(100).allocate(0));
    }

    @Property
    void allocationAddsUpExactlyAndPartsDifferByAtMostOneFen(
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long fen,
            @ForAll @IntRange(min = 1, max = 600) int parts) {
        List<Money> allocated = Money.ofFen(fen).allocate(parts);

        assertThat(allocated).hasSize(parts);
        assertThat(allocated.stream().mapToLong(Money::fen).sum()).isEqualTo(fen);
        long largest = allocated.get(0).fen();
        long smallest = allocated.get(parts - 1).fen();
        assertThat(largest - smallest).isBetween(0L, 1L);
        assertThat(allocated).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Property
    void yuanStringRoundTrips(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 1000) long fen) {
        Money money = Money.ofFen(fen);

        assertThat(Money.ofYuan(money.toYuanString())).isEqualTo(money);
    }

    private static void assertRejected(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.valueType()).isEqualTo("money");
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void readsWithThousandsSeparatorsAndFenOnlyWhenThereAreAny() {
        assertThat(Money.ofYuan("4500").toDisplayString()).isEqualTo("4,500");
        assertThat(Money.ofYuan("1234567.5").toDisplayString()).isEqualTo("1,234,567.50");
        assertThat(Money.ofFen(5).toDisplayString()).isEqualTo("0.05");
    }
}
