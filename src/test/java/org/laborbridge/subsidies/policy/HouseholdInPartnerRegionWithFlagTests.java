package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborbridge.cooperation.PartnerFlag;
import org.laborbridge.subsidies.policy.Condition.HouseholdInPartnerRegionWithFlag;

class HouseholdInPartnerRegionWithFlagTests {

    private final HouseholdInPartnerRegionWithFlag condition =
            new HouseholdInPartnerRegionWithFlag(PartnerFlag.CHARTER_FULLY_SUBSIDISED);

    @Test
    void asksTheCallerAboutTheWorkersCountyAndTheFlag() {
        PartnerFlagLookup xiangxiCharter =
                (county, flag) -> county.value().startsWith("4331") && flag == PartnerFlag.CHARTER_FULLY_SUBSIDISED;

        ConditionResult result = condition.evaluate(Fixtures.placement(), xiangxiCharter);

        assertThat(result.met()).isTrue();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.HOUSEHOLD_IN_PARTNER_REGION_WITH_FLAG.met");
        assertThat(result.arguments()).containsExactly("433122", "CHARTER_FULLY_SUBSIDISED");
    }

    @Test
    void isUnmetWhenThePartnerRegionLacksTheFlag() {
        PartnerFlagLookup onlyMatching = (county, flag) -> flag == PartnerFlag.DIRECTIONAL_MATCHING;

        ConditionResult result = condition.evaluate(Fixtures.placement(), onlyMatching);

        assertThat(result.met()).isFalse();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.HOUSEHOLD_IN_PARTNER_REGION_WITH_FLAG.unmet");
        assertThat(result.arguments()).containsExactly("433122", "CHARTER_FULLY_SUBSIDISED");
    }
}
