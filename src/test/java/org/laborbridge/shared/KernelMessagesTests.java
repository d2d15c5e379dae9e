package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KernelMessagesTests {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n/kernel", locale, NO_FALLBACK);
    }

    /** One input per code each type can throw, so a new code without messages fails here. */
    static Stream<Arguments> everyRejection() {
        return Stream.of(
                Arguments.of((Runnable) () -> ResidentId.parse("1"), "invalid.residentId.LENGTH"),
                Arguments.of((Runnable) () -> ResidentId.parse("11010519491231A02X"), "invalid.residentId.CHARACTERS"),
                Arguments.of((Runnable) () -> ResidentId.parse("110105194902300021"), "invalid.residentId.BIRTH_DATE"),
                Arguments.of((Runnable) () -> ResidentId.parse("999999194912310021"), "invalid.residentId.REGION"),
                Arguments.of((Runnable) () -> ResidentId.parse("110105194912310021"), "invalid.residentId.CHECKSUM"),
                Arguments.of((Runnable) () -> CreditCode.parse("1"), "invalid.creditCode.LENGTH"),
                Arguments.of((Runnable) () -> CreditCode.parse("91350100M000100I43"), "invalid.creditCode.CHARACTERS"),
                Arguments.of(
                        (Runnable) () -> CreditCode.parse("91350100M000100Y53"),
                        "invalid.creditCode.ORGANISATION_CHECKSUM"),
                Arguments.of((Runnable) () -> CreditCode.parse("91350100M000100Y44"), "invalid.creditCode.CHECKSUM"),
                Arguments.of((Runnable) () -> PhoneNumber.parse("1381234567"), "invalid.phone.LENGTH"),
                Arguments.of((Runnable) () -> PhoneNumber.parse("138abc45678"), "invalid.phone.CHARACTERS"),
                Arguments.of((Runnable) () -> PhoneNumber.parse("12812345678"), "invalid.phone.PREFIX"),
                Arguments.of((Runnable) () -> Money.ofYuan("abc"), "invalid.money.FORMAT"),
                Arguments.of((Runnable) () -> Money.ofYuan("1.234"), "invalid.money.PRECISION"),
                Arguments.of((Runnable) () -> Money.ofFen(-1), "invalid.money.NEGATIVE"),
                Arguments.of((Runnable) () -> Money.ofYuan("10000000000000000"), "invalid.money.TOO_LARGE"),
                Arguments.of((Runnable) () -> Catalogue.jobTypes().require("ASTRONAUT"), "invalid.jobType.UNKNOWN"),
                Arguments.of((Runnable) () -> Catalogue.skills().require("JUGGLING"), "invalid.skill.UNKNOWN"));
    }

    @ParameterizedTest
    @MethodSource("everyRejection")
    void explainsEveryRejectionInEveryLanguage(Runnable rejected, String key) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, rejected::run);

        assertThat(e.messageKey()).isEqualTo(key);
        for (Locale locale : LOCALES) {
            assertThat(bundle(locale).getString(key))
                    .as("%s in %s", key, locale)
                    .isNotBlank();
        }
    }

    @Test
    void allLanguagesHaveTheSameKeysAndNoOthers() {
        Set<String> expected = Set.copyOf(
                everyRejection().map(arguments -> (String) arguments.get()[1]).toList());

        for (Locale locale : LOCALES) {
            assertThat(bundle(locale).keySet()).as("keys for %s", locale).isEqualTo(expected);
        }
    }

    @Test
    void eachLanguageIsWrittenInItsOwnScript() {
        String key = "invalid.residentId.CHECKSUM";

        assertThat(bundle(Locale.ROOT).getString(key)).contains("身份证号", "校验位");
        assertThat(bundle(Locale.TRADITIONAL_CHINESE).getString(key)).contains("身分證號", "校驗位");
        assertThat(bundle(Locale.ENGLISH).getString(key)).contains("check character");
    }
}
