package org.laborbridge.employers.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.employers.EmployerForm;
import org.laborbridge.employers.TestCreditCodes;

/** What the register accepts about an enterprise, without Spring or a database. */
class EnterpriseProfileTests {

    @Test
    void acceptsAValidEnterpriseAndNormalisesItsNumbers() {
        String code = TestCreditCodes.next();
        EnterpriseProfile profile = EnterpriseProfile.of(
                new EmployerForm(code.toLowerCase(), " 济南某电子有限公司 ", "制造业", "370102", null, null, "+86 138 0013 8000"));

        assertThat(profile.creditCode().value()).isEqualTo(code);
        assertThat(profile.name()).isEqualTo("济南某电子有限公司");
        assertThat(profile.contactPhone().value()).isEqualTo("13800138000");
    }

    @Test
    void reportsTheKernelsReasonForABadCreditCodeAndEveryOtherProblem() {
        EmployerForm form = new EmployerForm(TestCreditCodes.withWrongCheck(), "", null, "433100", null, null, "12345");

        assertThat(PostingRulesTests.codes(() -> EnterpriseProfile.of(form)))
                .containsExactlyInAnyOrder(
                        "creditCode:CHECKSUM", "name:REQUIRED", "regionCode:NOT_COUNTY", "contactPhone:LENGTH");
    }

    @Test
    void aRetiredOrUnknownCountyIsUnknown() {
        assertThat(PostingRulesTests.codes(() -> EnterpriseProfile.of(
                        new EmployerForm(TestCreditCodes.next(), "某公司", null, "500232", null, null, null))))
                .containsExactly("regionCode:UNKNOWN");
    }

    @Test
    void aNewCodeOrNameNeedsANewVerification() {
        EnterpriseProfile before =
                EnterpriseProfile.of(new EmployerForm(TestCreditCodes.next(), "某公司", null, "370102", null, null, null));
        EnterpriseProfile newAddress =
                new EnterpriseProfile(before.creditCode(), before.name(), "物流", before.region(), "新地址", null, null);
        EnterpriseProfile renamed =
                new EnterpriseProfile(before.creditCode(), "某某公司", null, before.region(), null, null, null);

        assertThat(newAddress.keepsVerificationOf(before)).isTrue();
        assertThat(renamed.keepsVerificationOf(before)).isFalse();
    }
}
