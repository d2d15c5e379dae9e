package org.laborbridge.subsidies.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborbridge.subsidies.policy.Fixtures.BORN;
import static org.laborbridge.subsidies.policy.Fixtures.NO_PARTNERS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.subsidies.policy.Condition.HouseholdInRegions;
import org.laborbridge.subsidies.policy.Facts.Worker;

class HouseholdInRegionsTests {

    private static ConditionResult judge(HouseholdInRegions condition, String county) {
        return condition.evaluate(Fixtures.withWorker(new Worker(true, RegionCode.of(county), BORN)), NO_PARTNERS);
    }

    @Test
    void aPrefectureCoversItsCounties() {
        HouseholdInRegions xiangxi = new HouseholdInRegions(List.of(RegionCode.of("433100")));

        ConditionResult result = judge(xiangxi, "433130");

        assertThat(result.met()).isTrue();
        assertThat(result.messageKey()).isEqualTo("subsidies.condition.HOUSEHOLD_IN_REGIONS.met");
        assertThat(result.arguments()).containsExactly("433130", "433100");
    }

    @Test
    void aProvinceCoversEveryCountyInIt() {
        assertThat(judge(new HouseholdInRegions(List.of(RegionCode.of("430000"))), "433122")
                        .met())
                .isTrue();
    }

    @Test
    void aCountyCoversOnlyItself() {
        HouseholdInRegions linyi = new HouseholdInRegions(List.of(RegionCode.of("371321"), RegionCode.of("371323")));

        assertThat(judge(linyi, "371323").met()).isTrue();
        ConditionResult elsewhere = judge(linyi, "371325");
        assertThat(elsewhere.met()).isFalse();
        assertThat(elsewhere.messageKey()).isEqualTo("subsidies.condition.HOUSEHOLD_IN_REGIONS.unmet");
        assertThat(elsewhere.arguments()).containsExactly("371325", "371321, 371323");
    }
}
