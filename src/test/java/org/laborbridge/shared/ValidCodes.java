package org.laborbridge.shared;

/**
 * Builds valid identifiers for tests with the check algorithms written independently of the
 * production code (powers of the modulus base rather than weight tables), so a shared mistake
 * would have to be made twice.
 */
final class ValidCodes {

    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private ValidCodes() {}

    /** ISO 7064 MOD 11-2: weight of position i (from the left, 0-based) is 2^(17-i) mod 11. */
    static String residentId(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body17.charAt(i) - '0') * pow(2, 17 - i, 11);
        }
        int check = (12 - sum % 11) % 11;
        return body17 + (check == 10 ? "X" : String.valueOf(check));
    }

    static String legacyResidentId(String region, int yearInCentury, int month, int day, int sequence) {
        return region + String.format("%02d%02d%02d%03d", yearInCentury, month, day, sequence);
    }

    /** GB 32100: the weight of position i is 3^i mod 31. */
    static String creditCode(String first8, String organisationBody8) {
        String body = first8 + organisationBody8 + organisationCheck(organisationBody8);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(body.charAt(i)) * pow(3, i, 31);
        }
        return body + CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static char organisationCheck(String body8) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            sum += (Character.isDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static int pow(int base, int exponent, int modulus) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result = result * base % modulus;
        }
        return result;
    }
}
