package org.laborbridge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RegionDirectoryPropertyTests {

    private final RegionDirectory regions = RegionDirectory.standard();

    @Property
    void everyCurrentCountyLiesInTheProvinceItsAncestorsEndIn(@ForAll("currentCounties") Region county) {
        List<Region> ancestors = regions.ancestors(county.code());

        assertThat(ancestors).isNotEmpty().allMatch(Region::current);
        Region province = ancestors.get(ancestors.size() - 1);
        assertThat(province.level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(province.code().value()).startsWith(county.code().value().substring(0, 2));
        assertThat(regions.contains(province.code(), county.code())).isTrue();
    }

    @Property
    void everyCurrentCountyIsAChildOfItsParent(@ForAll("currentCounties") Region county) {
        assertThat(regions.children(county.parentCode())).contains(county);
    }

    @Property(tries = 2000)
    void everyRetiredCodeHasACurrentSuccessor(@ForAll("retiredCodes") String code) {
        Region successor = regions.currentSuccessor(RegionCode.of(code));

        assertThat(successor.current()).isTrue();
        assertThat(regions.everExisted(code)).isTrue();
        assertThat(regions.find(RegionCode.of(code)))
                .hasValueSatisfying(r -> assertThat(r.current()).isFalse());
    }

    @Property
    void aSuccessorIsItsOwnSuccessor(@ForAll("retiredCodes") String code) {
        Region successor = regions.currentSuccessor(RegionCode.of(code));

        assertThat(regions.currentSuccessor(successor.code())).isEqualTo(successor);
    }

    @Provide
    Arbitrary<Region> currentCounties() {
        return Arbitraries.of(regions.currentRegions().stream()
                .filter(r -> r.level() == RegionLevel.COUNTY)
                .toList());
    }

    @Provide
    Arbitrary<String> retiredCodes() {
        return Arbitraries.of(List.copyOf(regions.retiredCodes()));
    }
}
