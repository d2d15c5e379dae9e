package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.policy.Condition.AgeBetween;
import org.laborbridge.subsidies.policy.Condition.BasisWithin;
import org.laborbridge.subsidies.policy.Condition.ContractAtLeast;
import org.laborbridge.subsidies.policy.Condition.EmployedAtLeast;
import org.laborbridge.subsidies.policy.Condition.HouseholdInPartnerRegionWithFlag;
import org.laborbridge.subsidies.policy.Condition.HouseholdInRegions;
import org.laborbridge.subsidies.policy.Condition.RegisteredPoor;
import org.laborbridge.subsidies.policy.Condition.SocialInsuranceConfirmed;

/** Every reason the engine can give has words; MessageBundlesTests then checks all three languages. */
class SubsidyMessagesTests {

    private static final List<Condition> ONE_OF_EACH = List.of(
            new RegisteredPoor(),
            new HouseholdInRegions(List.of(RegionCode.of("433100"))),
            new HouseholdInPartnerRegionWithFlag(PartnerFlag.EAST_WEST_FAIRS),
            new ContractAtLeast(12),
            new EmployedAtLeast(6),
            new SocialInsuranceConfirmed(),
            new BasisWithin(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
            new AgeBetween(16, 60));

    @Test
    void everyConditionTypeHasAMetAndAnUnmetReason() throws IOException {
        Properties simplified = load();

        for (Condition condition : ONE_OF_EACH) {
            assertThat(simplified)
                    .containsKeys(
                            "subsidies.condition." + condition.type() + ".met",
                            "subsidies.condition." + condition.type() + ".unmet");
        }
        // A new rule type added without words would fail here rather than on a page.
        assertThat(ONE_OF_EACH.stream().<Class<?>>map(Condition::getClass).toList())
                .containsExactlyInAnyOrder(Condition.class.getPermittedSubclasses());
    }

    @Test
    void everyRefusalOfAContradictionHasWords() throws IOException {
        Properties simplified = load();
        Fixtures.Draft everythingWrong = Fixtures.draft()
                .with(
                        new AgeBetween(-1, -5),
                        new AgeBetween(70, 80),
                        new BasisWithin(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1)),
                        new BasisWithin(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1)),
                        new HouseholdInRegions(List.of(RegionCode.of("433100"))),
                        new HouseholdInRegions(List.of(RegionCode.of("371321"))),
                        new ContractAtLeast(0),
                        new EmployedAtLeast(-1));
        everythingWrong.requiredDocuments.add(" ");
        everythingWrong.excludes.add("");

        assertThat(everythingWrong.violations())
                .hasSizeGreaterThan(8)
                .allSatisfy(violation -> assertThat(simplified).containsKey(violation.messageKey()));
    }

    private static Properties load() throws IOException {
        try (InputStream in = SubsidyMessagesTests.class.getResourceAsStream("/i18n/subsidies.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
