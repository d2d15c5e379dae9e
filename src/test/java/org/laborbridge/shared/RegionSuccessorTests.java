package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionSuccessorTests {

    private final RegionDirectory regions = RegionDirectory.standard();

    private String successorOf(String code) {
        return regions.currentSuccessor(RegionCode.of(code)).code().value();
    }

    @Test
    void keepsACurrentCode() {
        assertThat(successorOf("433122")).isEqualTo("433122");
    }

    @Test
    void resolvesRetiredWulongCountyToTodaysDistrict() {
        assertThat(successorOf("500232")).isEqualTo("500156");
    }

    @Test
    void followsWulongFromSichuanIntoChongqing() {
        assertThat(successorOf("512326")).isEqualTo("500156");
        assertThat(successorOf("517023")).isEqualTo("500156");
    }

    @Test
    void resolvesACountyThatBecameADistrictUnderANewPrefectureCode() {
        assertThat(successorOf("110221")).as("昌平县 → 昌平区").isEqualTo("110114");
    }

    @Test
    void resolvesMergedDistrictsThroughTheCuratedTable() {
        assertThat(successorOf("110103")).as("崇文区 → 东城区").isEqualTo("110101");
        assertThat(successorOf("110104")).as("宣武区 → 西城区").isEqualTo("110102");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            350427, 350405
            469003, 460400
            511081, 512000
            510200, 500000
            510216, 500110
            654101, 654002
            654121, 654021
            """)
    void matchesNameStemsAcrossChangesOfStatus(String retired, String today) {
        assertThat(successorOf(retired)).isEqualTo(today);
    }

    @Test
    void doesNotMatchNamesakesInOtherProvinces() {
        assertThat(successorOf("140227"))
                .as("Shanxi's 大同县 is not Heilongjiang's 大同区")
                .startsWith("14");
    }

    @Test
    void treatsGenericNamesAsLocal() {
        assertThat(successorOf("370802")).as("济宁市中区, curated").isEqualTo("370811");
        assertThat(successorOf("132105")).as("a 郊区 of Handan").startsWith("13");
    }

    @Test
    void fallsBackToThePrefectureWhenNoNameSurvives() {
        assertThat(regions.currentSuccessor(RegionCode.of("230709")).level()).isEqualTo(RegionLevel.PREFECTURE);
    }

    @Test
    void refusesCodesThatNeverExisted() {
        assertThatThrownBy(() -> regions.currentSuccessor(RegionCode.of("999999")))
                .isInstanceOf(InvalidValueException.class);
    }
}
