package org.laborbridge.subsidies.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.laborbridge.identity.AuditLog;
import org.laborbridge.identity.Caller;
import org.laborbridge.identity.Callers;
import org.laborbridge.identity.Role;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.transport.TravellerShare;
import org.laborbridge.transport.TripArrived;
import org.laborbridge.transport.Trips;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every traveller's share of an arrived trip, in the arrival's own transaction, so that the
 * hand-over (always a later transaction) and every later judgement find it without reaching into
 * transport's tables. Synchronous on purpose: an asynchronous listener could run after the
 * hand-over that needs it.
 */
@Component
class TripShareStore {

    /** The operator is read as the platform: whoever recorded the arrival, the share belongs to the trip. */
    static final Caller PLATFORM = new Caller(AuditLog.SYSTEM, null, Role.ADMIN, List.of(), null, null);

    private final TripShareRows rows;
    private final Trips trips;

    TripShareStore(TripShareRows rows, Trips trips) {
        this.rows = rows;
        this.trips = trips;
    }

    @EventListener
    void on(TripArrived arrived) {
        String operator =
                Callers.runAs(PLATFORM, () -> trips.find(arrived.trip()).operator());
        LocalDate departureDay = BureauTime.dateOf(arrived.departedAt());
        int batchSize = arrived.shares().size();
        for (TravellerShare share : arrived.shares()) {
            rows.insert(new TripShareRows.StoredShare(
                    arrived.trip(),
                    share.worker(),
                    share.householdCounty(),
                    share.placement(),
                    share.employer(),
                    share.share(),
                    share.charterFullySubsidised(),
                    batchSize,
                    departureDay,
                    operator,
                    arrived.arrivedAt()));
        }
    }
}
