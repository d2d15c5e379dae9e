package org.laborbridge.reporting.monthly;

import java.util.Collection;
import java.util.Optional;
import org.laborbridge.shared.Violation;

/**
 * Nobody locks figures they submitted: the approver is none of the people who submitted the report
 * in any round. The database holds the same line (a check on the row and a trigger over the steps).
 */
final class FourEyesRule {

    Optional<Violation> check(String approver, Collection<String> submitters) {
        return submitters.contains(approver)
                ? Optional.of(
                        Violation.of("approver", "FOUR_EYES", "reporting.monthly.invalid.approver.FOUR_EYES", approver))
                : Optional.empty();
    }
}
