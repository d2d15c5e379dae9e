package org.laborbridge.matching.sections;

import java.util.Map;
import org.laborbridge.employers.Employers;
import org.laborbridge.employers.JobPostingView;
import org.laborbridge.employers.PostingPageSection;
import org.laborbridge.employers.PostingStatus;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.matching.Recommendations;
import org.springframework.stereotype.Component;

/**
 * The ten workers seeking work who suit an open posting best, masked, for its enterprise, the
 * bureau's staff and partners — a partner sees only the workers of their regions, as in the API;
 * nobody else sees the section.
 */
@Component
class PostingRecommendationsSection implements PostingPageSection {

    static final int SHOWN = 10;

    private final Recommendations recommendations;
    private final Employers employers;

    PostingRecommendationsSection(Recommendations recommendations, Employers employers) {
        this.recommendations = recommendations;
        this.employers = employers;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public String fragment() {
        return "matching/sections :: posting";
    }

    @Override
    public Map<String, Object> data(JobPostingView posting) {
        Caller caller = Callers.find().orElse(null);
        boolean sees = caller != null
                && (caller.is(Role.ADMIN)
                        || caller.is(Role.CASEWORKER)
                        || caller.is(Role.PARTNER)
                        || caller.is(Role.EMPLOYER) && employers.mayActFor(posting.employerId()));
        if (!sees || posting.status() != PostingStatus.OPEN) {
            return Map.of();
        }
        return Map.of(
                "recommendations", recommendations.forPosting(posting.id(), SHOWN),
                "maxPoints", recommendations.maxPoints());
    }
}
