package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTests {

    /** The example printed in GB 11643-1999. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void readsBirthDateSexAndRegionFromTheStandardExample() {
        ResidentId id = ResidentId.parse(STANDARD_EXAMPLE);

        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.regionOfIssue()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void oddSeventeenthDigitIsMale() {
        assertThat(ResidentId.parse(ValidCodes.residentId("43312219900307123")).sex())
                .isEqualTo(Sex.MALE);
    }

    @Test
    void normalisesFullWidthDigitsIdeographicSpaceAndLowercaseX() {
        ResidentId fullWidth = ResidentId.parse("\u3000１１０１０５１９４９１２３１００２ｘ\u3000");
        ResidentId lowercase = ResidentId.parse(" 11010519491231002x ");

        assertThat(fullWidth.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(lowercase).isEqualTo(fullWidth);
    }

    @Test
    void upgradesLegacyFifteenDigitNumber() {
        ResidentId legacy = ResidentId.parse("110105491231002");

        assertThat(legacy.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(legacy).isEqualTo(ResidentId.parse(STANDARD_EXAMPLE));
        assertThat(legacy.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void acceptsRegionThatNoLongerExists() {
        // Wulong County became Wulong District in 2016; people keep the numbers they were issued.
        ResidentId id = ResidentId.parse(ValidCodes.residentId("50023219850615001"));

        assertThat(id.regionOfIssue()).isEqualTo("500232");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1101051949123100", "11010519491231002X1", "1101054912310"})
    void rejectsWrongLength(String raw) {
        assertRejected(raw, "LENGTH");
    }

    @Test
    void rejectsMissingNumberAsWrongLength() {
        assertRejected(null, "LENGTH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100XX", "11010519491231A02X", "11010549123100X", "1101051949-231002X"})
    void rejectsCharactersOtherThanDigitsAndFinalX(String raw) {
        assertRejected(raw, "CHARACTERS");
    }

    @Test
    void rejectsDateThatIsNotOnTheCalendar() {
        assertRejected(ValidCodes.residentId("11010519490230002"), "BIRTH_DATE");
        assertRejected(ValidCodes.residentId("11010519491301002"), "BIRTH_DATE");
        assertRejected("110105490230002", "BIRTH_DATE");
    }

    @Test
    void rejectsBirthInTheFuture() {
        String tomorrow = LocalDate.now().plusDays(2).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);

        assertRejected(ValidCodes.residentId("110105" + tomorrow + "002"), "BIRTH_DATE");
    }

    @Test
    void rejectsBirthBefore1900() {
        assertRejected(ValidCodes.residentId("11010518991231002"), "BIRTH_DATE");
        assertThat(ResidentId.isValid(ValidCodes.residentId("11010519000101002")))
                .isTrue();
    }

    @Test
    void rejectsRegionThatNeverExisted() {
        assertRejected(ValidCodes.residentId("99999919491231002"), "REGION");
        assertRejected("999999491231002", "REGION");
    }

    @Test
    void rejectsChecksumMismatch() {
        assertRejected("110105194912310021", "CHECKSUM");
    }

    @Test
    void reportsBirthDateBeforeRegionAndRegionBeforeChecksum() {
        String badDateBadRegionBadCheck = "999999194902300021";
        String badRegionBadCheck = "999999194912310021";

        assertRejected(badDateBadRegionBadCheck, "BIRTH_DATE");
        assertRejected(badRegionBadCheck, "REGION");
    }

    @Test
    void checkReportsTheCodeWithoutThrowing() {
        assertThat(ResidentId.check("110105194912310021")).contains("CHECKSUM");
        assertThat(ResidentId.check(STANDARD_EXAMPLE)).isEmpty();
        assertThat(ResidentId.isValid("110105194912310021")).isFalse();
    }

    @Test
    void masksAllButRegionAndLastFour() {
        ResidentId id = ResidentId.parse(STANDARD_EXAMPLE);

        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id.toString()).isEqualTo("110105********002X");
    }

    @Test
    void countsAgeInCompletedYears() {
        ResidentId id = ResidentId.parse(STANDARD_EXAMPLE);

        assertThat(id.age(LocalDate.of(2019, 12, 30))).isEqualTo(69);
        assertThat(id.age(LocalDate.of(2019, 12, 31))).isEqualTo(70);
        assertThatIllegalArgumentException().isThrownBy(() -> id.age(LocalDate.of(1949, 12, 30)));
    }

    static void assertRejected(String raw, String code) {
        assertThatThrownBy(() -> ResidentId.parse(raw)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.messageKey()).isEqualTo("invalid.residentId." + code);
        });
        assertThat(ResidentId.check(raw)).contains(code);
    }
}
