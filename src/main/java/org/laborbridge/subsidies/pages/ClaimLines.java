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
        return claims.stream().map(claim -> new Line(claim, word(claim, today))).toList();
    }

    /** The wording key's last part: subsidies.sections.word.<word>. */
    static String word(ApplicationView claim, LocalDate today) {
        return switch (claim.status()) {
            case SUBMITTED, ACCEPTED -> "applied";
            case MORE_REQUESTED -> "moreRequested";
            case REJECTED -> "rejected";
            case PAID -> "paid";
            case APPROVED ->
                claim.noticeUntil() != null && !today.isAfter(claim.noticeUntil()) ? "inNotice" : "approved";
        };
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
