package org.laborbridge.employers.registry;

import org.laborbridge.employers.EmployerForm;
import org.laborbridge.shared.CreditCode;
import org.laborbridge.shared.PhoneNumber;
import org.laborbridge.shared.RegionCode;

/**
 * What the register says about an enterprise, checked: it cannot exist with an invalid credit
 * code, a seat outside today's county list, or a phone number that is not a mainland mobile.
 */
record EnterpriseProfile(
        CreditCode creditCode,
        String name,
        String industry,
        RegionCode region,
        String address,
        String contactName,
        PhoneNumber contactPhone) {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_INDUSTRY_LENGTH = 100;
    static final int MAX_ADDRESS_LENGTH = 200;
    static final int MAX_CONTACT_NAME_LENGTH = 50;

    /** Checks every field and reports every problem at once. */
    static EnterpriseProfile of(EmployerForm form) {
        FieldChecks checks = new FieldChecks();
        CreditCode creditCode = checks.required("creditCode", form.creditCode(), CreditCode::parse);
        String name = checks.required("name", form.name(), MAX_NAME_LENGTH);
        String industry = checks.optional("industry", form.industry(), MAX_INDUSTRY_LENGTH);
        RegionCode region = checks.county("regionCode", form.regionCode());
        String address = checks.optional("address", form.address(), MAX_ADDRESS_LENGTH);
        String contactName = checks.optional("contactName", form.contactName(), MAX_CONTACT_NAME_LENGTH);
        PhoneNumber phone = checks.optional("contactPhone", form.contactPhone(), PhoneNumber::parse);
        checks.throwIfAny();
        return new EnterpriseProfile(creditCode, name, industry, region, address, contactName, phone);
    }

    /** Verification vouches for who the enterprise is; a new code or name needs a new check. */
    boolean keepsVerificationOf(EnterpriseProfile before) {
        return creditCode.equals(before.creditCode) && name.equals(before.name);
    }
}
