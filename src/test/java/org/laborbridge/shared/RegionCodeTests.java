package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

    @Test
    void acceptsSixDigits() {
        assertThat(RegionCode.of("433122").value()).isEqualTo("433122");
    }

    @Test
    void dropsBlanksAndFullWidthDigitsFromTypedCodes() {
        assertThat(RegionCode.of(" ４３３ １２２\u3000").value()).isEqualTo("433122");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"43312", "4331220", "43312x", "433-122", "٤٣٣١٢٢"})
    void rejectsAnythingButSixDigitsAsFormat(String raw) {
        assertThatThrownBy(() -> RegionCode.of(raw))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invalid.regionCode.FORMAT"));
    }

    @Test
    void leavesExistenceToTheDirectory() {
        assertThat(RegionCode.of("999999").value()).isEqualTo("999999");
    }

    @Property
    void fullWidthAndSpacedFormsNormaliseToTheSameCode(@ForAll("sixDigits") String digits) {
        String fullWidth = digits.chars()
                .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);
        assertThat(RegionCode.of(" " + fullWidth + " ")).isEqualTo(RegionCode.of(digits));
    }

    @Property
    void rejectsOtherLengths(@ForAll @StringLength(min = 0, max = 12) String text) {
        String digitsOnly = text.replaceAll("[^0-9]", "");
        if (digitsOnly.length() != 6) {
            assertThatThrownBy(() -> RegionCode.of(digitsOnly)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void aRegionCoversTheCodesStartingWithItsSignificantDigits() {
        assertThat(RegionCode.coveringPrefix("433100")).isEqualTo("4331");
        assertThat(RegionCode.coveringPrefix("430000")).isEqualTo("43");
        assertThat(RegionCode.coveringPrefix("433122")).isEqualTo("433122");
        assertThat(RegionCode.of("500100").coveringPrefix()).isEqualTo("5001");
    }

    @Provide
    Arbitrary<String> sixDigits() {
        return Arbitraries.strings().numeric().ofLength(6);
    }
}
