package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MaskingTests {

    @Test
    void masksResidentIdToRegionAndLastFour() {
        assertThat(Masking.residentId("430124199003071232")).isEqualTo("430124********1232");
    }

    @Test
    void masksLegacyOrMalformedResidentIdsWithoutShowingTheBirthDate() {
        assertThat(Masking.residentId("430124900307123")).isEqualTo("***********7123");
        assertThat(Masking.residentId("4301241990")).isEqualTo("**********");
        assertThat(Masking.residentId(" 430124199003071232 ")).isEqualTo("430124********1232");
    }

    @Test
    void masksPhoneToPrefixAndLastFour() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0531-88886666")).isEqualTo("053******6666");
        assertThat(Masking.phone("12345")).isEqualTo("*****");
    }

    @Test
    void masksBankAccountToFirstAndLastFour() {
        assertThat(Masking.bankAccount("6222021234567890123")).isEqualTo("6222***********0123");
        assertThat(Masking.bankAccount("622202123456")).isEqualTo("6222****3456");
        assertThat(Masking.bankAccount("62220212345")).isEqualTo("*******2345");
        assertThat(Masking.bankAccount("12345678")).isEqualTo("****5678");
        assertThat(Masking.bankAccount("1234567")).isEqualTo("*******");
    }

    @Test
    void masksMissingValueAsEmpty() {
        assertThat(Masking.residentId(null)).isEmpty();
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.bankAccount(null)).isEmpty();
    }

    @Property
    void neverRevealsMoreThanTenCharactersAndHidesAtLeastEight(@ForAll String raw) {
        String masked = Masking.residentId(raw);
        long hidden = masked.chars().filter(c -> c == '*').count();
        int length = raw.strip().codePointCount(0, raw.strip().length());

        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(length);
        assertThat(length - hidden).isLessThanOrEqualTo(10);
        assertThat(hidden).isGreaterThanOrEqualTo(Math.min(8, length));
    }

    @Property
    void neverRevealsMoreThanEightDigitsOfAnAccountAndHidesAtLeastFour(@ForAll String raw) {
        String masked = Masking.bankAccount(raw);
        long hidden = masked.chars().filter(c -> c == '*').count();
        int length = raw.strip().codePointCount(0, raw.strip().length());

        assertThat(masked.codePointCount(0, masked.length())).isEqualTo(length);
        assertThat(length - hidden).isLessThanOrEqualTo(8);
        assertThat(hidden).isGreaterThanOrEqualTo(Math.min(4, length));
    }
}
