package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionDirectoryTests {

    private final RegionDirectory regions = RegionDirectory.standard();

    private static RegionCode code(String value) {
        return RegionCode.of(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            370100 | 济南市 | PREFECTURE
            433100 | 湘西土家族苗族自治州 | PREFECTURE
            433122 | 泸溪县 | COUNTY
            433123 | 凤凰县 | COUNTY
            433124 | 花垣县 | COUNTY
            433125 | 保靖县 | COUNTY
            433126 | 古丈县 | COUNTY
            433127 | 永顺县 | COUNTY
            433130 | 龙山县 | COUNTY
            500156 | 武隆区 | COUNTY
            371321 | 沂南县 | COUNTY
            371323 | 沂水县 | COUNTY
            371325 | 费县 | COUNTY
            371328 | 蒙阴县 | COUNTY
            421100 | 黄冈市 | PREFECTURE
            """)
    void resolvesEveryDemoRegionAsCurrent(String value, String name, RegionLevel level) {
        Region region = regions.require(code(value));

        assertThat(region.name()).isEqualTo(name);
        assertThat(region.level()).isEqualTo(level);
        assertThat(region.current()).isTrue();
    }

    @Test
    void findsRetiredCodesUnderTheirLastName() {
        Region chongwen = regions.find(code("110103")).orElseThrow();

        assertThat(chongwen.name()).isEqualTo("崇文区");
        assertThat(chongwen.current()).isFalse();
        assertThat(chongwen.validFrom()).isEqualTo(YearMonth.of(1980, 12));
        assertThat(chongwen.validTo()).isEqualTo(YearMonth.of(2009, 12));
    }

    @Test
    void knowsNothingOfCodesNeverAssigned() {
        assertThat(regions.find(code("999999"))).isEmpty();
        assertThat(regions.everExisted("999999")).isFalse();
        assertThatThrownBy(() -> regions.require(code("999999")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invalid.regionCode.UNKNOWN"));
    }

    @Test
    void countsHistoricalAndCurrentCodesAsHavingExisted() {
        assertThat(regions.everExisted("512326")).isTrue();
        assertThat(regions.everExisted("500156")).isTrue();
        assertThat(regions.everExisted("350405")).as("沙县区, created 2021").isTrue();
    }

    @Test
    void hangsMunicipalDistrictsDirectlyBelowTheMunicipality() {
        assertThat(regions.require(code("500156")).parentCode()).isEqualTo(code("500000"));
        assertThat(regions.require(code("110101")).parentCode()).isEqualTo(code("110000"));
        assertThat(regions.find(code("110100"))).isEmpty();
    }

    @Test
    void hangsProvinceAdministeredCitiesBelowTheProvince() {
        assertThat(regions.ancestors(code("429004"))).extracting(Region::name).containsExactly("湖北省");
    }

    @Test
    void keepsPrefectureCitiesWithoutCounties() {
        for (String value : List.of("441900", "442000", "460400")) {
            Region city = regions.require(code(value));
            assertThat(city.level()).isEqualTo(RegionLevel.PREFECTURE);
            assertThat(regions.children(city.code())).isEmpty();
        }
    }

    @Test
    void listsAncestorsNearestFirst() {
        assertThat(regions.ancestors(code("433122"))).extracting(Region::name).containsExactly("湘西土家族苗族自治州", "湖南省");
        assertThat(regions.ancestors(code("430000"))).isEmpty();
    }

    @Test
    void listsTheSevenCountiesAndOneCityOfXiangxi() {
        assertThat(regions.children(code("433100")))
                .extracting(r -> r.code().value())
                .containsExactly("433101", "433122", "433123", "433124", "433125", "433126", "433127", "433130");
    }

    @Test
    void letsAPrefectureCoverItsCounties() {
        assertThat(regions.contains(code("433100"), code("433122"))).isTrue();
        assertThat(regions.contains(code("430000"), code("433122"))).isTrue();
        assertThat(regions.contains(code("433100"), code("433100"))).isTrue();
        assertThat(regions.contains(code("433100"), code("371321"))).isFalse();
        assertThat(regions.contains(code("433122"), code("433100"))).isFalse();
    }

    @Test
    void judgesRetiredCodesByTheirSuccessor() {
        assertThat(regions.contains(code("500000"), code("512326"))).isTrue();
        assertThat(regions.contains(code("510000"), code("512326"))).isFalse();
        assertThat(regions.contains(code("500000"), code("999999"))).isFalse();
    }

    @Test
    void searchesBothScriptsCurrentRegionsFirst() {
        assertThat(regions.search("瀘溪", 10)).extracting(Region::name).containsExactly("泸溪县");
        assertThat(regions.search("武隆", 10))
                .extracting(Region::current)
                .startsWith(true)
                .contains(false);
        assertThat(regions.search("鳳凰", 10)).extracting(r -> r.code().value()).contains("433123");
    }

    @Test
    void searchesFormerNames() {
        assertThat(regions.search("崇文", 5)).extracting(r -> r.code().value()).containsExactly("110103");
    }

    @Test
    void limitsSearchResults() {
        assertThat(regions.search("县", 3)).hasSize(3);
        assertThat(regions.search("  ", 3)).isEmpty();
    }

    @Test
    void findsAUniqueCountyByItsExactName() {
        assertThat(regions.findByName("泸溪县")).map(r -> r.code().value()).contains("433122");
        assertThat(regions.findByName("瀘溪縣")).map(r -> r.code().value()).contains("433122");
    }

    @Test
    void findsACountyByItsPathOfNames() {
        assertThat(regions.findByName("湖南省湘西土家族苗族自治州泸溪县"))
                .map(r -> r.code().value())
                .contains("433122");
        assertThat(regions.findByName("湖南省 泸溪县")).map(r -> r.code().value()).contains("433122");
        assertThat(regions.findByName("重庆市武隆区")).map(r -> r.code().value()).contains("500156");
        assertThat(regions.findByName("山东省济南市市中区")).map(r -> r.code().value()).contains("370103");
    }

    @Test
    void refusesToGuessBetweenNamesakes() {
        assertThat(regions.findByName("市中区")).isEmpty();
        assertThat(regions.findByName("湖北省泸溪县")).isEmpty();
    }

    @Test
    void acceptsAFormerNameNoCurrentRegionCarries() {
        assertThat(regions.findByName("崇文区")).map(r -> r.code().value()).contains("110103");
    }
}
