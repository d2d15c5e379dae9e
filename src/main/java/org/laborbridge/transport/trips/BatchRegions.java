package org.laborbridge.transport.trips;

import java.time.LocalDate;
import org.laborbridge.cooperation.PartnerRegion;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.shared.Region;
import org.laborbridge.shared.RegionCode;
import org.laborbridge.shared.RegionDirectory;
import org.laborbridge.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The region a trip's batch is numbered in: the partner region covering the origin on the
 * departure day, else the origin's prefecture as it is today. Public for the planner, which must
 * group its vehicles exactly as the trips number them: cutting digits off the code goes wrong for
 * Chongqing's counties, province-run counties and retired codes (500232 is now 500156).
 */
@Component
public class BatchRegions {

    private final PartnerRegions partnerRegions;
    private final RegionDirectory directory = RegionDirectory.standard();

    BatchRegions(PartnerRegions partnerRegions) {
        this.partnerRegions = partnerRegions;
    }

    public RegionCode of(RegionCode origin, LocalDate departureDay) {
        return partnerRegions
                .covering(origin, departureDay)
                .map(PartnerRegion::code)
                .orElseGet(() -> prefectureOf(origin));
    }

    private RegionCode prefectureOf(RegionCode origin) {
        Region today = directory.currentSuccessor(origin);
        if (today.level() != RegionLevel.COUNTY) {
            return today.code();
        }
        return directory.ancestors(today.code()).stream()
                .filter(region -> region.level() == RegionLevel.PREFECTURE)
                .map(Region::code)
                .findFirst()
                .orElse(today.code());
    }
}
