package org.laborbridge.subsidies.pages;

import java.util.List;
import java.util.Map;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.workers.WorkerPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/**
 * The worker's subsidy claims on their record page, with the way to the policies that apply to
 * them and to the claims list. Everyone who may open a worker's record may read that worker's
 * claims, so the section is always there, empty or not; the service scopes and masks the claims.
 */
@Component
class WorkerClaimsSection implements WorkerPageSection {

    private final SubsidyApplications applications;
    private final ClaimLines lines;

    WorkerClaimsSection(SubsidyApplications applications, ClaimLines lines) {
        this.applications = applications;
        this.lines = lines;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public String fragment() {
        return "subsidies/sections :: worker";
    }

    @Override
    public Map<String, Object> data(WorkerRecord worker) {
        List<ClaimLines.Line> claims = lines.of(applications.ofWorker(worker.id()));
        return Map.of("worker", worker.id(), "claims", claims, "tally", ClaimLines.tally(claims));
    }
}
