package org.laborbridge.transport;

import java.time.LocalDateTime;
import java.util.List;
import org.laborbridge.shared.Money;
import org.laborbridge.shared.RegionCode;

/**
 * What a caseworker fills in for one vehicle. Times are the bureau's wall-clock times
 * ({@code BureauTime.ZONE}); {@code destinations} are the counties (or prefectures) it drops
 * travellers in; {@code batchNo} joins an existing batch of the origin's partner region in the
 * departure year, or null to open the next one. Validation is the service's: every refusal names
 * its field.
 */
public record TripForm(
        TransportMode mode,
        String operator,
        String vehicleNo,
        RegionCode origin,
        String gatheringPoint,
        List<RegionCode> destinations,
        LocalDateTime plannedDeparture,
        LocalDateTime plannedArrival,
        Integer seats,
        Money totalCost,
        Integer batchNo) {

    /** The most a vehicle seats (a whole train) and so the most travellers one request may list. */
    public static final int MAX_SEATS = 3000;

    /** The most places one vehicle drops travellers in. */
    public static final int MAX_DESTINATIONS = 20;

    public TripForm {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
    }
}
