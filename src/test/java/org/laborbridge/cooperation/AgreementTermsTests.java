package org.laborbridge.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.Violation;

class AgreementTermsTests {

    private static final RegionDirectory directory = RegionDirectory.standard();
    private static final LocalDate FEBRUARY = LocalDate.of(2020, 2, 1);

    static PartnerRegionCommand command(String code) {
        return new PartnerRegionCommand(
                code, "济南—湘西劳务协作协议", FEBRUARY, null, Set.of(PartnerFlag.CHARTER_FULLY_SUBSIDISED), null);
    }

    private static InvalidInputException refused(PartnerRegionCommand command) {
        return catchThrowableOfType(InvalidInputException.class, () -> AgreementTerms.of(command, directory));
    }

    @Test
    void acceptsACurrentPrefectureWithAnOpenEndedPeriod() {
        AgreementTerms terms = AgreementTerms.of(command("433100"), directory);

        assertThat(terms.region().name()).isEqualTo("湘西土家族苗族自治州");
        assertThat(terms.period().includes(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(terms.period().includes(FEBRUARY.minusDays(1))).isFalse();
    }

    @Test
    void refusesAnEndBeforeTheStartUnderValidTo() {
        PartnerRegionCommand backwards =
                new PartnerRegionCommand("433100", "协议", FEBRUARY, FEBRUARY.minusDays(1), Set.of(), null);

        Violation violation = refused(backwards).violations().get(0);

        assertThat(violation.field()).isEqualTo("validTo");
        assertThat(violation.code()).isEqualTo("PERIOD");
        assertThat(violation.messageKey()).isEqualTo("cooperation.invalid.validTo.PERIOD");
    }

    @Test
    void acceptsAnAgreementOfASingleDay() {
        PartnerRegionCommand oneDay = new PartnerRegionCommand("433100", "协议", FEBRUARY, FEBRUARY, Set.of(), null);

        assertThat(AgreementTerms.of(oneDay, directory).period().includes(FEBRUARY))
                .isTrue();
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        PartnerRegionCommand empty = new PartnerRegionCommand(" ", "  ", null, null, null, null);

        assertThat(refused(empty).violations())
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("regionCode", "REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("agreementName", "REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple("validFrom", "REQUIRED"));
    }

    @Test
    void namesMalformedUnknownAndRetiredCodes() {
        assertThat(refused(command("43A100")).violations().get(0).code()).isEqualTo("FORMAT");
        assertThat(refused(command("999999")).violations().get(0).code()).isEqualTo("UNKNOWN");
        Violation retired = refused(command("500232")).violations().get(0);
        assertThat(retired.code()).isEqualTo("REGION");
        assertThat(retired.arguments()).contains("500156", "武隆区");
    }

    @Test
    void refusesAnOverlongAgreementName() {
        PartnerRegionCommand longName =
                new PartnerRegionCommand("433100", "协".repeat(201), FEBRUARY, null, Set.of(), null);

        assertThat(refused(longName).violations().get(0).code()).isEqualTo("LENGTH");
    }

    @Test
    void keepsFlagsInDeclarationOrderAndTrimsText() {
        PartnerRegionCommand command = new PartnerRegionCommand(
                " 433100 ",
                " 济南—湘西劳务协作协议 ",
                FEBRUARY,
                null,
                EnumSet.of(PartnerFlag.EAST_WEST_FAIRS, PartnerFlag.CHARTER_FULLY_SUBSIDISED),
                "  ");

        AgreementTerms terms = AgreementTerms.of(command, directory);

        assertThat(terms.flags()).containsExactly(PartnerFlag.CHARTER_FULLY_SUBSIDISED, PartnerFlag.EAST_WEST_FAIRS);
        assertThat(terms.agreementName()).isEqualTo("济南—湘西劳务协作协议");
        assertThat(terms.notes()).isNull();
    }
}
