package org.laborbridge.fairs.demo;

import java.util.Optional;
import org.laborbridge.shared.CreditCode;

/**
 * Valid, unique unified social credit codes for the demo's enterprises: "91" (an enterprise),
 * the district of Jinan that registered it, and an organisation code "MA7JN" + a three-digit
 * number. The two check characters are found by asking the kernel's {@link CreditCode} which one
 * it accepts, so the rules live in one place.
 */
final class DemoCreditCodes {

    private static final String CANDIDATES = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private DemoCreditCodes() {}

    static String of(String districtCode, int number) {
        String body = "91" + districtCode + "MA7JN" + String.format("%03d", number);
        for (char organisationCheck : "0123456789X".toCharArray()) {
            for (char check : CANDIDATES.toCharArray()) {
                String candidate = body + organisationCheck + check;
                Optional<String> problem = CreditCode.check(candidate);
                if (problem.isEmpty()) {
                    return candidate;
                }
                if ("ORGANISATION_CHECKSUM".equals(problem.get())) {
                    break;
                }
            }
        }
        throw new IllegalStateException("No check characters make " + body + " valid");
    }
}
