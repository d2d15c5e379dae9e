package org.laborbridge.subsidies.me;

import java.util.List;
import java.util.Map;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.SubsidyApplications;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.laborbridge.workers.MyPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/**
 * The worker's subsidies on their phone, each with one plain word for where it stands: applied,
 * more documents asked for, approved and in public notice until a day, approved and waiting for
 * payment, paid, or not granted. After their job and their trip.
 */
@Component
class ClaimSection implements MyPageSection {

    private final SubsidyApplications applications;
    private final SubsidyClock clock;

    ClaimSection(SubsidyApplications applications, SubsidyClock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public String fragment() {
        return "subsidies/me :: section";
    }

    @Override
    public Map<String, Object> data(WorkerRecord me) {
        List<MyClaim> claims = applications.ofWorker(me.id()).stream()
                .map(claim -> new MyClaim(claim, claim.standing(clock.today())))
                .toList();
        return claims.isEmpty() ? Map.of() : Map.of("claims", claims);
    }

    public record MyClaim(ApplicationView claim, String word) {}
}
