package org.laborbridge.fairs.me;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborbridge.fairs.Campaign;
import org.laborbridge.fairs.FairId;
import org.laborbridge.fairs.FairKind;
import org.laborbridge.fairs.FairStatus;
import org.laborbridge.fairs.FairView;
import org.laborbridge.fairs.TargetGroup;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.workers.RegionRef;
import org.laborbridge.workers.WorkerRecord;

class FairsSectionTests {

    @Test
    void showsAFairForSomeRegionsOnlyToPeopleFromThere() {
        FairView forXiangxi = fair(List.of("433100"));

        assertThat(FairsSection.isFor(forXiangxi, workerFrom("433122"))).isTrue();
        assertThat(FairsSection.isFor(forXiangxi, workerFrom("371323"))).isFalse();
        assertThat(FairsSection.isFor(fair(List.of()), workerFrom("371323"))).isTrue();
    }

    private static FairView fair(List<String> regions) {
        return new FairView(
                FairId.random(),
                "专场",
                FairKind.ON_SITE,
                Campaign.EAST_WEST,
                null,
                RegionCode.of("433101"),
                "吉首市",
                null,
                LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 6),
                new TargetGroup(false, false, false, regions),
                FairStatus.PLANNED);
    }

    private static WorkerRecord workerFrom(String county) {
        return new WorkerRecord(
                null,
                "甲",
                null,
                null,
                null,
                1990,
                new RegionRef(county, "县"),
                null,
                false,
                null,
                null,
                null,
                null,
                false,
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                false);
    }
}
