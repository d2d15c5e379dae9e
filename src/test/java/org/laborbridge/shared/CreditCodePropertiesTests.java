package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

class CreditCodePropertiesTests {

    @Provide
    Arbitrary<String> validCodes() {
        Arbitrary<String> authorityAndType = Arbitraries.of("91", "92", "93", "11", "12", "51", "52", "Y1");
        Arbitrary<String> region = Arbitraries.of("370100", "433122", "500156", "110000", "421100");
        Arbitrary<String> organisation = Arbitraries.strings()
                .withChars(ValidCodes.CREDIT_ALPHABET.toCharArray())
                .ofLength(8);
        return Combinators.combine(authorityAndType, region, organisation)
                .as((head, area, body) -> ValidCodes.creditCode(head + area, body));
    }

    @Property
    void acceptsGeneratedValidCodes(@ForAll("validCodes") String code) {
        CreditCode parsed = CreditCode.parse(code);

        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.regionCode()).isEqualTo(code.substring(2, 8));
    }

    /**
     * The final check weights are non-zero modulo the prime 31 and two different characters differ
     * by less than 31 in value, so any single substitution changes the check character.
     */
    @Property
    void rejectsAnySingleSubstitution(
            @ForAll("validCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 30) int shift) {
        String alphabet = ValidCodes.CREDIT_ALPHABET;
        char replacement = alphabet.charAt((alphabet.indexOf(code.charAt(position)) + shift) % 31);

        assertThat(CreditCode.check(substitute(code, position, replacement))).isPresent();
    }

    @Property
    void rejectsAnyCharacterOutsideTheAlphabet(
            @ForAll("validCodes") String code,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @CharRange(from = '!', to = '~') char replacement) {
        String changed = substitute(code, position, replacement);
        boolean allowed = ValidCodes.CREDIT_ALPHABET.indexOf(Character.toUpperCase(replacement)) >= 0;

        if (!allowed) {
            assertThat(CreditCode.check(changed)).contains("CHARACTERS");
        } else if (Character.toUpperCase(replacement) != code.charAt(position)) {
            assertThat(CreditCode.check(changed)).isPresent();
        }
    }

    private static String substitute(String code, int position, char replacement) {
        return code.substring(0, position) + replacement + code.substring(position + 1);
    }
}
