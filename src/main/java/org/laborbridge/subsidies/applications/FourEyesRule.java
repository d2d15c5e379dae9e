package org.laborbridge.subsidies.applications;

import java.util.Optional;
import org.laborbridge.shared.Violation;

/**
 * Nobody approves money they asked for or vouched for: the approver is neither the person who made
 * the claim nor the caseworker who accepted it, and that caseworker is not the one who made it.
 * The database holds the same lines as checks.
 */
final class FourEyesRule {

    /** Accepting or rejecting at review: not one's own claim (the platform's are made by 'system'). */
    Optional<Violation> checkReview(String reviewer, String createdBy) {
        return reviewer.equals(createdBy)
                ? Optional.of(
                        Violation.of("reviewer", "SELF_REVIEW", "subsidies.invalid.reviewer.SELF_REVIEW", reviewer))
                : Optional.empty();
    }

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
