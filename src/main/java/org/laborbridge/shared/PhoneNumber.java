package org.laborbridge.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland China mobile number, held as its 11 digits. Accepts the forms people actually type:
 * blanks and hyphens as separators, full-width digits, and a {@code +86}, {@code 0086} or bare
 * {@code 86} country prefix. Checks, first failure reported: {@code CHARACTERS} (anything but
 * digits, separators and a leading {@code +}), {@code PREFIX} (a country code other than +86),
 * {@code LENGTH} (not 11 digits without the country code), {@code PREFIX} (not 13 to 19).
 */
public record PhoneNumber(String value) {

    static final String TYPE = "phone";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    public PhoneNumber {
        Result result = judge(value);
        if (result.problem() != null) {
            throw new InvalidValueException(TYPE, result.problem());
        }
        value = result.digits();
    }

    public static PhoneNumber parse(String raw) {
        return new PhoneNumber(raw);
    }

    public static boolean isValid(String raw) {
        return check(raw).isEmpty();
    }

    /** The code {@code parse} would fail with, or empty if the number is valid; never throws. */
    public static Optional<String> check(String raw) {
        return Optional.ofNullable(judge(raw).problem());
    }

    public String masked() {
        return Masking.phone(value);
    }

    /** Masked, so that a full number never reaches a log line by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private record Result(String digits, String problem) {
        static Result failed(String code) {
            return new Result(null, code);
        }
    }

    private static Result judge(String raw) {
        String compact = SEPARATORS.matcher(TypedInput.normalise(raw)).replaceAll("");
        boolean international = compact.startsWith("+");
        String digits = international ? compact.substring(1) : compact;
        if (!TypedInput.allAsciiDigits(digits, 0, digits.length())) {
            return Result.failed("CHARACTERS");
        }
        if (international && digits.length() < 2) {
            return Result.failed("LENGTH");
        }
        if (international && !digits.startsWith("86")) {
            return Result.failed("PREFIX");
        }
        String national = withoutCountryCode(digits, international);
        if (national.length() != 11) {
            return Result.failed("LENGTH");
        }
        if (national.charAt(0) != '1' || national.charAt(1) < '3') {
            return Result.failed("PREFIX");
        }
        return new Result(national, null);
    }

    /** A bare "86" is only a country code when 11 digits follow; otherwise it is part of the number. */
    private static String withoutCountryCode(String digits, boolean international) {
        if (international) {
            return digits.substring(2);
        }
        if (digits.startsWith("0086")) {
            return digits.substring(4);
        }
        if (digits.startsWith("86") && digits.length() == 13) {
            return digits.substring(2);
        }
        return digits;
    }
}
