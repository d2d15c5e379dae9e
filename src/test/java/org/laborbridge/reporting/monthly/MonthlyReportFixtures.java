package org.laborbridge.reporting.monthly;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.laborbridge.cooperation.PartnerRegionCommand;
import org.laborbridge.cooperation.PartnerRegions;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;

/**
 * Partner regions of the tests' own, registered through the cooperation module, so that no other
 * test's reports or records share their months: counties of Dingxi (6211xx) and Longnan (6212xx)
 * that nothing else in the test suite uses.
 */
final class MonthlyReportFixtures {

    static final Caller ADMIN = caller("admin", Role.ADMIN);
    static final Caller CASEWORKER = caller("caseworker", Role.CASEWORKER);
    static final Caller APPROVER = caller("approver", Role.APPROVER);

    private MonthlyReportFixtures() {}

    static Caller caller(String name, Role role) {
        return new Caller(name, null, role, List.of(), null, null);
    }

    static Caller partner(String... regions) {
        return new Caller("partner-" + String.join("-", regions), null, Role.PARTNER, List.of(regions), null, null);
    }

    /** Registers the county as a partner region unless it already is one. */
    static synchronized String partnerRegion(PartnerRegions regions, String county) {
        Callers.runAs(ADMIN, () -> {
            if (regions.all().stream().noneMatch(region -> region.code().value().equals(county))) {
                regions.register(new PartnerRegionCommand(
                        county, "月度报告测试协议 " + county, LocalDate.of(2010, 1, 1), null, Set.of(), null));
            }
            return null;
        });
        return county;
    }
}
