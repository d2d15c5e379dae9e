package org.laborbridge.placements.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.laborbridge.placements.PlacementStatus;
import org.laborbridge.shared.Violation;

/**
 * A worker holds one job at a time: a new placement may not share a day with another of theirs
 * that has not ended (LEFT). A later contract that starts when the current one ends is fine, and
 * so is any period once the earlier placement has ended. The service serialises placements per
 * worker so that two at once cannot both pass this rule.
 */
final class OverlappingPlacementRule {

    /** What the rule needs to know of the worker's other placements. */
    record Held(ContractPeriod period, PlacementStatus status) {}

    Optional<Violation> check(ContractPeriod wanted, Collection<Held> held) {
        return held.stream()
                .filter(other -> other.status() != PlacementStatus.LEFT)
                .filter(other -> other.period().overlaps(wanted))
                .min(Comparator.comparing(other -> other.period().start()))
                .map(other -> Refusals.violation(
                        "startDate",
                        "OVERLAPPING_PLACEMENT",
                        other.period().start().toString(),
                        other.period().end().minusDays(1).toString()));
    }
}
