package org.laborbridge.subsidies.applications;

import java.util.Map;
import org.laborbridge.subsidies.ApplicationStatus;
import org.laborbridge.subsidies.ApplicationView;
import org.springframework.stereotype.Component;

/**
 * What the claim pages of this module need beyond {@code SubsidyApplications}: the counts per
 * status for the list's overview, and the applicant's and resolver's buttons.
 */
@Component
public class ClaimDesk {

    private final ClaimService claims;

    ClaimDesk(ClaimService claims) {
        this.claims = claims;
    }

    /** Claims per status within the caller's scope, every status present. */
    public Map<ApplicationStatus, Long> countByStatus() {
        return claims.countByStatus();
    }

    public boolean mayActAsApplicant(ApplicationView application) {
        return claims.mayActAsApplicant(application);
    }

    public boolean mayResolveObjections() {
        return claims.mayResolveObjections();
    }
}
