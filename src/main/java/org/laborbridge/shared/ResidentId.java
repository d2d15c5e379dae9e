package org.laborbridge.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * A resident identity number (GB 11643), always held in its 18-character form.
 *
 * <p>Input is checked in a fixed order and the first failure is reported: {@code LENGTH},
 * {@code CHARACTERS}, {@code BIRTH_DATE}, {@code REGION}, {@code CHECKSUM}. Birth date and region
 * come before the checksum because they tell the person which part they mistyped, whereas a
 * checksum failure only says that something is wrong. A legacy 15-digit number has no check
 * character; it is upgraded (century "19" inserted, check character computed) after the same
 * date and region checks, so it equals the 18-character number it became.
 */
public record ResidentId(String value) {

    static final String TYPE = "residentId";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int EARLIEST_BIRTH_YEAR = 1900;

    public ResidentId {
        String normalised = normalise(value);
        String code = problemWith(normalised, today());
        if (code != null) {
            throw new InvalidValueException(TYPE, code);
        }
        value = normalised.length() == 15 ? upgrade(normalised) : normalised;
    }

    public static ResidentId parse(String raw) {
        return new ResidentId(raw);
    }

    public static boolean isValid(String raw) {
        return check(raw).isEmpty();
    }

    /** The code {@code parse} would fail with, or empty if the number is valid; never throws. */
    public static Optional<String> check(String raw) {
        return Optional.ofNullable(problemWith(normalise(raw), today()));
    }

    public String regionOfIssue() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return LocalDate.of(number(6, 10), number(10, 12), number(12, 14));
    }

    public int age(LocalDate on) {
        if (on.isBefore(birthDate())) {
            throw new IllegalArgumentException("Not born yet on " + on);
        }
        return Period.between(birthDate(), on).getYears();
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String masked() {
        return Masking.residentId(value);
    }

    /** Masked, so that a full number never reaches a log line by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private int number(int from, int to) {
        return Integer.parseInt(value, from, to, 10);
    }

    private static String normalise(String raw) {
        return TypedInput.normalise(raw).toUpperCase(Locale.ROOT);
    }

    private static LocalDate today() {
        return BureauTime.today();
    }

    private static String problemWith(String id, LocalDate today) {
        if (id.length() != 18 && id.length() != 15) {
            return "LENGTH";
        }
        if (!hasValidCharacters(id)) {
            return "CHARACTERS";
        }
        String full = id.length() == 15 ? upgradeBody(id) : id;
        if (!hasPlausibleBirthDate(full, today)) {
            return "BIRTH_DATE";
        }
        if (!RegionDirectory.standard().everExisted(full.substring(0, 6))) {
            return "REGION";
        }
        if (id.length() == 18 && full.charAt(17) != checkCharacter(full)) {
            return "CHECKSUM";
        }
        return null;
    }

    private static boolean hasValidCharacters(String id) {
        if (id.length() == 15) {
            return TypedInput.allAsciiDigits(id, 0, 15);
        }
        char last = id.charAt(17);
        return TypedInput.allAsciiDigits(id, 0, 17) && (TypedInput.isAsciiDigit(last) || last == 'X');
    }

    private static boolean hasPlausibleBirthDate(String full, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(full, 6, 10, 10),
                    Integer.parseInt(full, 10, 12, 10),
                    Integer.parseInt(full, 12, 14, 10));
            return birth.getYear() >= EARLIEST_BIRTH_YEAR && !birth.isAfter(today);
        } catch (DateTimeException notACalendarDate) {
            return false;
        }
    }

    /** The 17 body digits of a 15-digit number, which were all issued to people born in the 1900s. */
    private static String upgradeBody(String legacy) {
        return legacy.substring(0, 6) + "19" + legacy.substring(6) + "?";
    }

    private static String upgrade(String legacy) {
        String body = upgradeBody(legacy);
        return body.substring(0, 17) + checkCharacter(body);
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    static char checkCharacter(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
