package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                " 138 1234 5678 ",
                "138-1234-5678",
                "+86 138 1234 5678",
                "+8613812345678",
                "0086-138-1234-5678",
                "8613812345678",
                "＋８６\u3000１３８１２３４５６７８",
                "１３８－１２３４－５６７８"
            })
    void acceptsTheFormsPeopleType(String raw) {
        assertThat(PhoneNumber.parse(raw).value()).isEqualTo("13812345678");
    }

    @Test
    void masksTheMiddleFourDigits() {
        PhoneNumber phone = PhoneNumber.parse("13812345678");

        assertThat(phone.masked()).isEqualTo("138****5678");
        assertThat(phone.toString()).isEqualTo("138****5678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"138abc45678", "(138)12345678", "138.1234.5678", "+86+13812345678"})
    void rejectsCharactersOtherThanDigitsAndSeparators(String raw) {
        assertRejected(raw, "CHARACTERS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "1381234567", "138123456789", "+86 138 1234 567", "861381234567", "0086138123456"})
    void rejectsWrongLength(String raw) {
        assertRejected(raw, "LENGTH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "23812345678", "+1 415 555 0100", "+852 9123 4567", "05318888888"})
    void rejectsNumbersThatAreNotMainlandMobiles(String raw) {
        assertRejected(raw, "PREFIX");
    }

    @Test
    void treatsLeading86AsPartOfTheNumberUnlessElevenDigitsFollow() {
        // 86 followed by 9 digits is a (wrong) 11-digit number, not a country code.
        assertRejected("86123456789", "PREFIX");
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Arbitraries.strings()
                .numeric()
                .ofLength(9)
                .flatMap(rest -> Arbitraries.integers().between(3, 9).map(second -> "1" + second + rest));
    }

    @Property
    void everyAcceptedFormNormalisesToTheElevenDigits(
            @ForAll("mobiles") String mobile,
            @ForAll @IntRange(min = 0, max = 3) int prefixChoice,
            @ForAll @IntRange(min = 0, max = 2) int separatorChoice,
            @ForAll boolean fullWidth) {
        String prefix = new String[] {"", "+86", "0086", "86"}[prefixChoice];
        String separator = new String[] {"", " ", "-"}[separatorChoice];
        String typed = prefix
                + separator
                + mobile.substring(0, 3)
                + separator
                + mobile.substring(3, 7)
                + separator
                + mobile.substring(7);

        assertThat(PhoneNumber.parse(fullWidth ? toFullWidth(typed) : typed).value())
                .isEqualTo(mobile);
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c == ' ' ? '\u3000' : (char) (c + 0xFEE0)));
        return wide.toString();
    }

    private static void assertRejected(String raw, String code) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.valueType()).isEqualTo("phone");
            assertThat(e.code()).isEqualTo(code);
        });
        assertThat(PhoneNumber.check(raw)).contains(code);
    }
}
