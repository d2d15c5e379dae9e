package org.laborbridge.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;

class PartnershipTests {

    private static final RegionDirectory directory = RegionDirectory.standard();
    private static final LocalDate MAY = LocalDate.of(2020, 5, 1);

    private static AgreementTerms huanggang(Set<PartnerFlag> flags, LocalDate to) {
        return AgreementTerms.of(new PartnerRegionCommand("421100", "济南—黄冈定向劳务协作协议", MAY, to, flags, null), directory);
    }

    @Test
    void registeringRecordsTheEventOnce() {
        Partnership partnership = Partnership.register(huanggang(Set.of(PartnerFlag.DIRECTIONAL_MATCHING), null));

        assertThat(partnership.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(PartnerRegionRegistered.class, event -> {
                    assertThat(event.id()).isEqualTo(partnership.id());
                    assertThat(event.code()).isEqualTo(RegionCode.of("421100"));
                    assertThat(event.flags()).containsExactly(PartnerFlag.DIRECTIONAL_MATCHING);
                });
        assertThat(partnership.releaseEvents()).isEmpty();
    }

    @Test
    void revisingRecordsTheNewTerms() {
        Partnership partnership = Partnership.register(huanggang(Set.of(), null));
        partnership.releaseEvents();

        partnership.revise(huanggang(Set.of(PartnerFlag.CHARTER_FULLY_SUBSIDISED), LocalDate.of(2025, 12, 31)));

        assertThat(partnership.releaseEvents())
                .singleElement()
                .isInstanceOfSatisfying(PartnerRegionChanged.class, event -> {
                    assertThat(event.flags()).containsExactly(PartnerFlag.CHARTER_FULLY_SUBSIDISED);
                    assertThat(event.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
                });
    }

    @Test
    void coversItsCountiesOnlyWithinThePeriod() {
        Partnership partnership = Partnership.register(huanggang(Set.of(), LocalDate.of(2025, 12, 31)));
        RegionCode huangzhou = RegionCode.of("421102");

        assertThat(partnership.covers(huangzhou, MAY, directory)).isTrue();
        assertThat(partnership.covers(huangzhou, MAY.minusDays(1), directory)).isFalse();
        assertThat(partnership.covers(huangzhou, LocalDate.of(2026, 1, 1), directory))
                .isFalse();
        assertThat(partnership.covers(RegionCode.of("433122"), MAY, directory)).isFalse();
    }

    @Test
    void countsTheCountiesItCovers() {
        PartnerRegion prefecture =
                Partnership.register(huanggang(Set.of(), null)).view(directory);
        PartnerRegion county = Partnership.register(AgreementTerms.of(AgreementTermsTests.command("500156"), directory))
                .view(directory);

        assertThat(prefecture.countiesCovered())
                .isEqualTo(directory.children(RegionCode.of("421100")).size());
        assertThat(county.countiesCovered()).isEqualTo(1);
    }
}
