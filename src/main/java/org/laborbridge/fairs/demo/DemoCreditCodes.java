package org.laborbridge.fairs.demo;

import org.laborbridge.shared.CreditCode;

/**
 * Valid, unique unified social credit codes for the demo's enterprises: "91" (an enterprise),
 * the district of Jinan that registered it, and an organisation code "MA7JN" + a three-digit
 * number; the kernel appends the check characters.
 */
final class DemoCreditCodes {

    private DemoCreditCodes() {}

    static String of(String districtCode, int number) {
        return CreditCode.completing("91" + districtCode + "MA7JN" + String.format("%03d", number))
                .toString();
    }
}
