package org.laborbridge.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The module's public API on the demo-seeded database. */
@SpringBootTest
@RecordApplicationEvents
class PartnerRegionsTests {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @Autowired
    PartnerRegions partnerRegions;

    @Autowired
    ApplicationEvents events;

    @Test
    void aXiangxiCountyIsCoveredByThePrefectureWithFullCharterSubsidy() {
        RegionCode luxi = RegionCode.of("433122");

        assertThat(partnerRegions.covering(luxi, TODAY)).get().satisfies(region -> {
            assertThat(region.code()).isEqualTo(RegionCode.of("433100"));
            assertThat(region.agreementName()).isEqualTo("济南—湘西劳务协作协议");
        });
        assertThat(partnerRegions.hasFlag(luxi, PartnerFlag.CHARTER_FULLY_SUBSIDISED, TODAY))
                .isTrue();
    }

    @Test
    void huanggangHasDirectionalMatchingButNoCharterSubsidy() {
        RegionCode huangzhou = RegionCode.of("421102");

        assertThat(partnerRegions.covering(huangzhou, TODAY))
                .map(PartnerRegion::regionName)
                .contains("黄冈市");
        assertThat(partnerRegions.hasFlag(huangzhou, PartnerFlag.DIRECTIONAL_MATCHING, TODAY))
                .isTrue();
        assertThat(partnerRegions.hasFlag(huangzhou, PartnerFlag.CHARTER_FULLY_SUBSIDISED, TODAY))
                .isFalse();
    }

    @Test
    void nothingCoversACountyBeforeItsAgreementStarts() {
        assertThat(partnerRegions.covering(RegionCode.of("421102"), LocalDate.of(2020, 4, 30)))
                .isEmpty();
    }

    @Test
    void aCountyOutsideEveryPartnerRegionIsNotCovered() {
        assertThat(partnerRegions.covering(RegionCode.of("110101"), TODAY)).isEmpty();
        assertThat(partnerRegions.hasFlag(RegionCode.of("110101"), PartnerFlag.CHARTER_FULLY_SUBSIDISED, TODAY))
                .isFalse();
    }

    @Test
    void aRetiredCountyCodeIsJudgedByTodaysCounty() {
        assertThat(partnerRegions.covering(RegionCode.of("500232"), TODAY))
                .map(PartnerRegion::regionName)
                .contains("武隆区");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void registeringPublishesTheEvent() {
        PartnerRegion registered = partnerRegions.register(
                new PartnerRegionCommand("522627", "济南—天柱劳务协作协议", LocalDate.of(2024, 1, 1), null, Set.of(), null));

        assertThat(events.stream(PartnerRegionRegistered.class))
                .singleElement()
                .satisfies(event -> assertThat(event.id()).isEqualTo(registered.id()));
        assertThat(partnerRegions.covering(RegionCode.of("522627"), TODAY)).contains(registered);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void refusesACountyInsideARegisteredPrefecture() {
        assertThatThrownBy(() -> partnerRegions.register(new PartnerRegionCommand(
                        "433123", "济南—凤凰劳务协作协议", LocalDate.of(2024, 1, 1), null, Set.of(), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused ->
                                assertThat(refused.violations().get(0).code()).isEqualTo("OVERLAP"));
    }

    @Test
    @WithMockUser(roles = "CASEWORKER")
    void aCaseworkerReadsButCannotRegister() {
        assertThat(partnerRegions.all()).extracting(r -> r.code().value()).contains("433100", "421100");
        assertThatThrownBy(() -> partnerRegions.register(
                        new PartnerRegionCommand("522628", "协议", LocalDate.of(2024, 1, 1), null, Set.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "EMPLOYER")
    void anEmployerCannotList() {
        assertThatThrownBy(partnerRegions::all).isInstanceOf(AccessDeniedException.class);
    }
}
