package org.laborbridge.subsidies.pages;

import java.util.List;
import java.util.Map;
import org.laborbridge.employers.EmployerPageSection;
import org.laborbridge.employers.EmployerView;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.subsidies.ApplicationQuery;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.policy.Payee;
import org.springframework.stereotype.Component;

/**
 * The subsidies paid to an enterprise (payee EMPLOYER) on its page: the newest claims with where
 * each stands and how many stand where. The service scopes them: the bureau reads them all, the
 * enterprise its own, a partner those of workers from its regions. A partner who may read none of
 * them gets no section; the bureau and the enterprise see that there are none yet.
 */
@Component
class EmployerClaimsSection implements EmployerPageSection {

    /** Counted from the newest this many claims naming the enterprise; the list shows fewer. */
    static final int COUNTED = 200;

    static final int SHOWN = 20;

    private final SubsidyApplications applications;
    private final ClaimLines lines;

    EmployerClaimsSection(SubsidyApplications applications, ClaimLines lines) {
        this.applications = applications;
        this.lines = lines;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public String fragment() {
        return "subsidies/sections :: employer";
    }

    @Override
    public Map<String, Object> data(EmployerView employer) {
        var page = applications.search(new ApplicationQuery(null, null, null, employer.id(), null, null, 0, COUNTED));
        // The enterprise's own money only: a worker's claim on a hire there names the enterprise too.
        List<ApplicationView> paidToEnterprise = page.items().stream()
                .filter(claim -> claim.payee() == Payee.EMPLOYER)
                .toList();
        if (paidToEnterprise.isEmpty() && !answersForEnterprise(Callers.current(), employer)) {
            return Map.of();
        }
        List<ClaimLines.Line> claims = lines.of(paidToEnterprise);
        return Map.of(
                "employer",
                employer.id(),
                "claims",
                claims.subList(0, Math.min(SHOWN, claims.size())),
                "more",
                Math.max(0, claims.size() - SHOWN),
                "tally",
                ClaimLines.tally(claims),
                "partial",
                page.total() > COUNTED,
                "counted",
                COUNTED);
    }

    /** The bureau and the enterprise itself are told when there are no claims yet. */
    private static boolean answersForEnterprise(Caller caller, EmployerView employer) {
        return caller.role().isBureauStaff()
                || caller.is(Role.EMPLOYER) && employer.id().value().equals(caller.employerId());
    }
}
