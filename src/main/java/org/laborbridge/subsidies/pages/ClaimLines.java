package org.laborbridge.subsidies.pages;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.subsidies.ApplicationView;
import org.laborbridge.subsidies.clock.SubsidyClock;
import org.springframework.stereotype.Component;

/**
 * Claims as the worker and enterprise pages show them: one plain word each for where it stands,
 * and how many stand where. The words are the ones the worker reads on their phone.
 */
@Component
class ClaimLines {

    private final SubsidyClock clock;

    ClaimLines(SubsidyClock clock) {
        this.clock = clock;
    }

    List<Line> of(List<ApplicationView> claims) {
        LocalDate today = clock.today();
        return claims.stream()
                .map(claim -> new Line(claim, claim.standing(today)))
                .toList();
    }

    /** Applied counts every claim still before approval, approved every one approved but not yet paid. */
    static Tally tally(List<Line> lines) {
        long applied = 0;
        long approved = 0;
        long paid = 0;
        long rejected = 0;
        for (Line line : lines) {
            switch (line.claim().status()) {
                case SUBMITTED, MORE_REQUESTED, ACCEPTED -> applied++;
                case APPROVED -> approved++;
                case PAID -> paid++;
                case REJECTED -> rejected++;
            }
        }
        return new Tally(applied, approved, paid, rejected);
    }

    public record Line(ApplicationView claim, String word) {}

    public record Tally(long applied, long approved, long paid, long rejected) {}
}
