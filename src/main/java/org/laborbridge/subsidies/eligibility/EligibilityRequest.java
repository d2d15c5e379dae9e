package org.laborbridge.subsidies.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.shared.InvalidInputException;
import org.laborbridge.shared.Violation;
import org.laborbridge.subsidies.BasisJudgements;
import org.laborbridge.subsidies.SubsidyEligibility;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;

/**
 * What the page and the API were asked: a worker's every basis, one placement, or one traveller's
 * share of a trip ({@code trip} with {@code worker}). The same three questions on both, read alike.
 */
record EligibilityRequest(WorkerId worker, PlacementId placement, TripId trip) {

    static EligibilityRequest read(String worker, String placement, String trip) {
        return new EligibilityRequest(
                parse(worker, "worker", WorkerId::parse),
                parse(placement, "placement", PlacementId::parse),
                parse(trip, "trip", TripId::parse));
    }

    List<BasisJudgements> answer(SubsidyEligibility eligibility) {
        if (placement != null) {
            return List.of(eligibility.forPlacement(placement));
        }
        if (trip != null) {
            if (worker == null) {
                throw new InvalidInputException(Violation.of("worker", "REQUIRED", "invalid.field.REQUIRED"));
            }
            return List.of(eligibility.forTripShare(trip, worker));
        }
        if (worker != null) {
            return eligibility.forWorker(worker);
        }
        throw new InvalidInputException(Violation.of("worker", "REQUIRED", "subsidies.eligibility.badRequest"));
    }

    private static <T> T parse(String text, String field, Function<String, Optional<T>> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parser.apply(text.strip())
                .orElseThrow(() -> new InvalidInputException(Violation.of(field, "FORMAT", "invalid.field.FORMAT")));
    }
}
