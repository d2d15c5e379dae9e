package org.laborbridge.subsidies;

import java.util.List;
import org.laborbridge.placements.PlacementId;
import org.laborbridge.transport.TripId;
import org.laborbridge.workers.WorkerId;

/**
 * Which policies apply, and why or why not, for a worker, a placement or a trip share. Scoped like
 * the bases: bureau staff see every basis, a PARTNER those of workers of their regions, an EMPLOYER
 * their own hires' placements, a WORKER their own; anything else answers
 * {@code RecordNotFoundException} (404).
 */
public interface SubsidyEligibility {

    /** Every placement and trip share of the worker that the caller may see, newest first. */
    List<BasisJudgements> forWorker(WorkerId worker);

    BasisJudgements forPlacement(PlacementId placement);

    BasisJudgements forTripShare(TripId trip, WorkerId traveller);
}
