package org.laborbridge.transport.trips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.Violation;

class TotalCostTests {

    @ParameterizedTest
    @CsvSource({"9000, 900000", "9000.5, 900050", "０.０１, 1", "0, 0"})
    void readsYuanToTheFen(String typed, long fen) {
        assertThat(TotalCost.parse(typed)).isEqualTo(Money.ofFen(fen));
    }

    @ParameterizedTest
    @CsvSource(
            value = {"-100, NEGATIVE", "九千, FORMAT", "abc, FORMAT", "12.345, PRECISION", "'', REQUIRED"},
            nullValues = "NULL")
    void refusesABadCostUnderItsField(String typed, String code) {
        assertThatThrownBy(() -> TotalCost.parse(typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(Violation::field, Violation::code, Violation::messageKey)
                                .containsExactly(tuple("totalCost", code, "transport.invalid.totalCost." + code)));
    }
}
