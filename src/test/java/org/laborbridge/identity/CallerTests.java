package org.laborbridge.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallerTests {

    private static Caller partner(String... regions) {
        return new Caller("partner", "协作站", Role.PARTNER, List.of(regions), null, null);
    }

    @Test
    void prefecturePartnerCoversEveryCountyOfThePrefecture() {
        Caller xiangxi = partner("433100");

        assertThat(xiangxi.coversRegion("433122")).isTrue();
        assertThat(xiangxi.coversRegion("433130")).isTrue();
        assertThat(xiangxi.coversRegion("430124")).isFalse();
    }

    @Test
    void countyPartnerCoversOnlyItsCounties() {
        Caller linyi = partner("371321", "371323", "371325", "371328");

        assertThat(linyi.coversRegion("371323")).isTrue();
        assertThat(linyi.coversRegion("371322")).isFalse();
        assertThat(linyi.coversRegion("370102")).isFalse();
    }

    @Test
    void bureauStaffCoverEveryRegion() {
        for (Role role : List.of(Role.ADMIN, Role.CASEWORKER, Role.APPROVER)) {
            assertThat(new Caller("staff", null, role, null, null, null).coversRegion("433122"))
                    .isTrue();
        }
    }

    @Test
    void employersAndWorkersAreNotScopedByRegion() {
        assertThat(new Caller("e", null, Role.EMPLOYER, null, null, null).coversRegion("433122"))
                .isFalse();
        assertThat(new Caller("w", null, Role.WORKER, null, null, null).coversRegion("433122"))
                .isFalse();
    }

    @Test
    void displayNameFallsBackToUsername() {
        assertThat(new Caller("caseworker", null, Role.CASEWORKER, null, null, null).displayName())
                .isEqualTo("caseworker");
    }
}
