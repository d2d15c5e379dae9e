package org.laborbridge.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Distinct valid resident ID numbers, so that tests sharing one database never meet each
 * other's workers: every number has its own birth date.
 */
public final class TestResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1960, 1, 1);
    private static final AtomicInteger sequence = new AtomicInteger();
    private static final AtomicInteger phones = new AtomicInteger();

    private TestResidentIds() {}

    /** An 18-character number issued in the county, for a man. */
    public static String next(String countyCode) {
        return next(countyCode, false);
    }

    public static String next(String countyCode, boolean female) {
        int n = sequence.getAndIncrement();
        // Day of month and order digits together are unique for the first 14,000 numbers, so a
        // search by the last six characters finds one person; an odd order digit is a man.
        int day = n % 28 + 1;
        int rest = n / 28;
        String order = String.format("%03d", (rest % 500) * 2 + (female ? 0 : 1));
        LocalDate born = FIRST_BIRTH_DATE.plusYears((rest / 500) % 40).withDayOfMonth(day);
        return withCheck(countyCode + born.format(DateTimeFormatter.BASIC_ISO_DATE) + order);
    }

    /** The legacy 15-digit form of an 18-character number born in the 1900s. */
    public static String legacy(String eighteen) {
        return eighteen.substring(0, 6) + eighteen.substring(8, 14) + eighteen.substring(14, 17);
    }

    /** A mobile number no other test uses. */
    public static String nextPhone() {
        return "1390" + String.format("%07d", phones.getAndIncrement());
    }

    public static String withCheck(String seventeen) {
        return seventeen + checkCharacter(seventeen);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String valid) {
        char right = valid.charAt(17);
        return valid.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    /** ISO 7064 MOD 11-2 over the first 17 digits. */
    public static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
