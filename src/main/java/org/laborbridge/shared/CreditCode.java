package org.laborbridge.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (GB 32100-2015) of an enterprise or other organisation. Not
 * personal data, so it is shown in full.
 *
 * <p>Checks, first failure reported: {@code LENGTH}, {@code CHARACTERS} (outside the 31-character
 * alphabet, or a non-digit in the region part), {@code ORGANISATION_CHECKSUM} (characters 9-17 are
 * a GB 11714 organisation code with its own check character), {@code CHECKSUM} (the 18th
 * character).
 */
public record CreditCode(String value) {

    static final String TYPE = "creditCode";
    /** The standard leaves out I, O, S, V and Z, which are easily confused with digits. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public CreditCode {
        value = TypedInput.normalise(value).toUpperCase(Locale.ROOT);
        String code = problemWith(value);
        if (code != null) {
            throw new InvalidValueException(TYPE, code);
        }
    }

    public static CreditCode parse(String raw) {
        return new CreditCode(raw);
    }

    public static boolean isValid(String raw) {
        return check(raw).isEmpty();
    }

    /**
     * The valid code that starts with these 16 characters (type, registering area and the first
     * eight of the organisation code): both check characters appended. For numbering an
     * enterprise register, demo or test data.
     */
    public static CreditCode completing(String first16) {
        String body = first16.toUpperCase(Locale.ROOT) + organisationCheckCharacter(first16.substring(8, 16));
        return new CreditCode(body + checkCharacter(body));
    }

    /** The code {@code parse} would fail with, or empty if the code is valid; never throws. */
    public static Optional<String> check(String raw) {
        return Optional.ofNullable(problemWith(TypedInput.normalise(raw).toUpperCase(Locale.ROOT)));
    }

    /** The six-digit GB/T 2260 code of the registering authority's area. */
    public String regionCode() {
        return value.substring(2, 8);
    }

    /** The nine-character GB 11714 organisation code, including its check character. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String problemWith(String code) {
        if (code.length() != 18) {
            return "LENGTH";
        }
        if (!inAlphabet(code) || !TypedInput.allAsciiDigits(code, 2, 8)) {
            return "CHARACTERS";
        }
        if (code.charAt(16) != organisationCheckCharacter(code.substring(8, 16))) {
            return "ORGANISATION_CHECKSUM";
        }
        if (code.charAt(17) != checkCharacter(code)) {
            return "CHECKSUM";
        }
        return null;
    }

    private static boolean inAlphabet(String code) {
        return code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** GB 11714: digits count as themselves and letters as 10 (A) to 35 (Z). */
    static char organisationCheckCharacter(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    /** GB 32100: mod 31 over the first 17 characters, valued by their place in the alphabet. */
    static char checkCharacter(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
