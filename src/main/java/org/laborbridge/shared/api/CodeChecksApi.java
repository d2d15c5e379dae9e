package org.laborbridge.shared.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.laborbridge.shared.CreditCode;
import org.laborbridge.shared.PhoneNumber;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Live checks for the codes people type into forms: enterprise credit codes and mobile numbers. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Code checks", description = "Unified social credit codes (GB 32100) and mainland mobile numbers")
class CodeChecksApi {

    record CreditCodeJson(String code, String regionCode, String organisationCode) {}

    record PhoneNumberJson(String number) {}

    @GetMapping("/credit-codes/{code}")
    @Operation(summary = "Validate a unified social credit code")
    CreditCodeJson creditCode(@PathVariable String code) {
        CreditCode creditCode = CreditCode.parse(code);
        return new CreditCodeJson(creditCode.value(), creditCode.regionCode(), creditCode.organisationCode());
    }

    @GetMapping("/phone-numbers/{number}")
    @Operation(summary = "Validate and normalise a mainland mobile number (+86, 0086, blanks allowed)")
    PhoneNumberJson phoneNumber(@PathVariable String number) {
        return new PhoneNumberJson(PhoneNumber.parse(number).value());
    }
}
