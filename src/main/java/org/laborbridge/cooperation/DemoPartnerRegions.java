package org.laborbridge.cooperation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.laborbridge.identity.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The article's partner regions: Xiangxi, Wulong, four Linyi counties and Huanggang. Seeded before
 * the demo data that depends on them (transport numbers its batches and marks subsidised charters
 * by the partner region covering each county).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DemoPartnerRegions implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPartnerRegions.class);
    private static final LocalDate CHARTERS_SINCE = LocalDate.of(2020, 2, 1);
    private static final LocalDate MATCHING_SINCE = LocalDate.of(2020, 5, 1);
    private static final String LINYI_AGREEMENT = "济南—临沂省内劳务协作协议";

    private final PartnerRegions partnerRegions;
    private final Environment environment;

    DemoPartnerRegions(PartnerRegions partnerRegions, Environment environment) {
        this.partnerRegions = partnerRegions;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!DemoMode.isOn(environment)) {
            return;
        }
        int seeded = partnerRegions.seedIfNone(scenario());
        if (seeded > 0) {
            log.info("Demo partner regions registered: {}", seeded);
        }
    }

    static List<PartnerRegionCommand> scenario() {
        Set<PartnerFlag> charter = EnumSet.of(PartnerFlag.CHARTER_FULLY_SUBSIDISED);
        return List.of(
                new PartnerRegionCommand(
                        "433100",
                        "济南—湘西劳务协作协议",
                        CHARTERS_SINCE,
                        null,
                        EnumSet.of(PartnerFlag.CHARTER_FULLY_SUBSIDISED, PartnerFlag.EAST_WEST_FAIRS),
                        "东西部扶贫协作：点对点包车费用全额补贴；在湘西举办东西部协作招聘会。"),
                new PartnerRegionCommand("500156", "济南—武隆劳务协作协议", CHARTERS_SINCE, null, charter, "点对点包车费用全额补贴。"),
                new PartnerRegionCommand("371321", LINYI_AGREEMENT, CHARTERS_SINCE, null, charter, null),
                new PartnerRegionCommand("371323", LINYI_AGREEMENT, CHARTERS_SINCE, null, charter, null),
                new PartnerRegionCommand("371325", LINYI_AGREEMENT, CHARTERS_SINCE, null, charter, null),
                new PartnerRegionCommand("371328", LINYI_AGREEMENT, CHARTERS_SINCE, null, charter, null),
                new PartnerRegionCommand(
                        "421100",
                        "济南—黄冈定向劳务协作协议",
                        MATCHING_SINCE,
                        null,
                        EnumSet.of(PartnerFlag.DIRECTIONAL_MATCHING),
                        "定向劳务对接。"));
    }
}
