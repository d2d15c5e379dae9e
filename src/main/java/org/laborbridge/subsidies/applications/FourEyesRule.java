package org.laborbridge.subsidies.applications;

import java.util.Optional;
import org.laborbridge.shared.Violation;

/**
 * Nobody approves money they asked for or vouched for: the approver is neither the person who made
 * the claim nor the caseworker who accepted it. The database holds the same line as a check.
 */
final class FourEyesRule {

    Optional<Violation> check(String approver, String createdBy, String reviewedBy) {
        if (approver.equals(createdBy)) {
            return Optional.of(
                    Violation.of("approver", "FOUR_EYES", "subsidies.invalid.approver.FOUR_EYES_CREATED", approver));
        }
        if (approver.equals(reviewedBy)) {
            return Optional.of(
                    Violation.of("approver", "FOUR_EYES", "subsidies.invalid.approver.FOUR_EYES_REVIEWED", approver));
        }
        return Optional.empty();
    }
}
