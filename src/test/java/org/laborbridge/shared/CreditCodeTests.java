package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L"})
    void acceptsPublishedCodes(String published) {
        assertThat(CreditCode.parse(published).value()).isEqualTo(published);
    }

    @Test
    void exposesRegionAndOrganisationCode() {
        CreditCode code = CreditCode.parse("91350100M000100Y43");

        assertThat(code.regionCode()).isEqualTo("350100");
        assertThat(code.organisationCode()).isEqualTo("M000100Y4");
        assertThat(code.toString()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void normalisesLowercaseFullWidthAndBlanks() {
        assertThat(CreditCode.parse("\u3000９１１１００００６０００３７３４１ｌ ").value()).isEqualTo("91110000600037341L");
        assertThat(CreditCode.parse("91350100m000100y43")).isEqualTo(CreditCode.parse("91350100M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433"})
    void rejectsWrongLength(String raw) {
        assertRejected(raw, "LENGTH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100I43", "9135010OM000100Y43", "913501A0M000100Y43", "91350100M000-00Y43"})
    void rejectsCharactersOutsideTheAlphabetOrLettersInTheRegion(String raw) {
        assertRejected(raw, "CHARACTERS");
    }

    @Test
    void rejectsOrganisationCheckMismatch() {
        assertRejected("91350100M000100Y53", "ORGANISATION_CHECKSUM");
    }

    @Test
    void rejectsChecksumMismatch() {
        assertRejected("91350100M000100Y44", "CHECKSUM");
        assertRejected("92350100M000100Y43", "CHECKSUM");
    }

    @Test
    void checkReportsTheCodeWithoutThrowing() {
        assertThat(CreditCode.check("91350100M000100Y44")).contains("CHECKSUM");
        assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
    }

    @Test
    void completesAPrefixWithBothCheckCharacters() {
        assertThat(CreditCode.completing("9111000060003734").toString()).isEqualTo("91110000600037341L");
        assertThat(CreditCode.completing("91350100M000100Y").toString()).isEqualTo("91350100M000100Y43");
    }

    private static void assertRejected(String raw, String code) {
        assertThatThrownBy(() -> CreditCode.parse(raw)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.valueType()).isEqualTo("creditCode");
            assertThat(e.code()).isEqualTo(code);
        });
        assertThat(CreditCode.check(raw)).contains(code);
    }
}
