package org.laborbridge.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;

class CoverageOverlapRuleTests {

    private static final RegionDirectory directory = RegionDirectory.standard();
    private final CoverageOverlapRule rule = new CoverageOverlapRule(directory);

    private static Partnership partnership(String code) {
        return Partnership.register(AgreementTerms.of(AgreementTermsTests.command(code), directory));
    }

    @Test
    void refusesTheSameRegionTwice() {
        assertThat(rule.check(partnership("433100"), List.of(partnership("433100"))))
                .map(Violation::code)
                .contains("OVERLAP");
    }

    @Test
    void refusesACountyInsideARegisteredPrefectureAndNamesThePrefecture() {
        Violation violation = rule.check(partnership("433122"), List.of(partnership("433100")))
                .orElseThrow();

        assertThat(violation.field()).isEqualTo("regionCode");
        assertThat(violation.arguments()).contains("433122", "泸溪县", "433100", "湘西土家族苗族自治州");
    }

    @Test
    void refusesAPrefectureAroundARegisteredCounty() {
        assertThat(rule.check(partnership("371300"), List.of(partnership("371321"))))
                .isPresent();
    }

    @Test
    void refusesAMunicipalityAroundADistrictDirectlyBelowIt() {
        assertThat(rule.check(partnership("500000"), List.of(partnership("500156"))))
                .isPresent();
    }

    @Test
    void acceptsNeighbouringCountiesAndOtherPrefectures() {
        assertThat(rule.check(
                        partnership("371323"),
                        List.of(partnership("371321"), partnership("433100"), partnership("421100"))))
                .isEmpty();
    }

    @Test
    void aPartnershipDoesNotOverlapItselfWhenChanged() {
        Partnership xiangxi = partnership("433100");

        assertThat(rule.check(xiangxi, List.of(xiangxi))).isEmpty();
    }
}
