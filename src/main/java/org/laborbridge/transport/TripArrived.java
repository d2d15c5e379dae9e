package org.laborbridge.transport;

import java.time.Instant;
import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;

/**
 * A trip arrived: its cost is now shared over the travellers who were on board, exactly to the
 * fen. Subsidies pay each share (in full where {@code charterFullySubsidised}); statistics count
 * the batch, the mode and the travellers.
 */
public record TripArrived(
        TripId trip,
        RegionCode batchRegion,
        int batchYear,
        int batchNo,
        TransportMode mode,
        RegionCode origin,
        Instant departedAt,
        Instant arrivedAt,
        Money totalCost,
        List<TravellerShare> shares) {

    public TripArrived {
        shares = List.copyOf(shares);
    }
}
