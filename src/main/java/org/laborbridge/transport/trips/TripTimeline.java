package org.laborbridge.transport.trips;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.transport.TravellerHandedOver;
import org.laborbridge.transport.TravellerListed;
import org.laborbridge.transport.TravellerShare;
import org.laborbridge.transport.TripArrived;
import org.laborbridge.workers.WorkerHistory;
import org.laborbridge.workers.WorkerId;
import org.springframework.stereotype.Component;

/**
 * Writes each traveller's steps onto their whole-process timeline from the same events the other
 * modules hear, so the timeline and the events never tell different stories. Details are codes,
 * times and public names (the batch, the mode, the vehicle, the enterprise), worded by the
 * timeline in the reader's language.
 */
@Component
class TripTimeline {

    static final String LISTED = "TRIP_LISTED";
    static final String BOARDED = "TRIP_BOARDED";
    static final String DEPARTED = "TRIP_DEPARTED";
    static final String ARRIVED = "TRIP_ARRIVED";
    static final String HANDED_OVER = "TRIP_HANDED_OVER";
    static final String REMOVED = "TRIP_REMOVED";

    private final WorkerHistory history;
    private final TripViews views;

    TripTimeline(WorkerHistory history, TripViews views) {
        this.history = history;
        this.views = views;
    }

    /** The step an event means for its travellers; events without one (a cancellation as such, a close) add none. */
    void record(Object event, Trip trip) {
        Batch batch = trip.batch();
        TripDetails details = trip.details();
        if (event instanceof TravellerListed listed) {
            history.record(
                    listed.worker(),
                    LISTED,
                    details(
                            "batch", batch.label(),
                            "mode", details.mode().name(),
                            "vehicleNo", details.vehicleNo(),
                            "gatheringPoint", details.gatheringPoint(),
                            "plannedDeparture",
                                    BureauTime.format(details.planned().departure())));
        } else if (event instanceof TripMoments.TravellerBoarded boarded) {
            history.record(
                    boarded.worker(),
                    BOARDED,
                    details("batch", batch.label(), "mode", details.mode().name(), "vehicleNo", details.vehicleNo()));
        } else if (event instanceof TripMoments.TripDeparted departed) {
            String at = BureauTime.format(trip.state().departedAt());
            for (WorkerId worker : departed.travellers()) {
                history.record(worker, DEPARTED, details("batch", batch.label(), "departedAt", at));
            }
        } else if (event instanceof TripArrived arrived) {
            String at = BureauTime.format(arrived.arrivedAt());
            for (TravellerShare share : arrived.shares()) {
                history.record(
                        share.worker(),
                        ARRIVED,
                        details(
                                "batch", batch.label(),
                                "arrivedAt", at,
                                "charterFullySubsidised", String.valueOf(share.charterFullySubsidised())));
            }
        } else if (event instanceof TravellerHandedOver handedOver) {
            history.record(
                    handedOver.worker(),
                    HANDED_OVER,
                    details(
                            "employer", views.employerName(handedOver.employer()),
                            "receivedBy", handedOver.receivedBy()));
        } else if (event instanceof TripMoments.TravellersFreed freed) {
            for (WorkerId worker : freed.travellers()) {
                history.record(worker, REMOVED, details("batch", batch.label(), "cancelReason", freed.reason()));
            }
        }
    }

    /** Fields without a value are left out rather than shown empty. */
    private static Map<String, String> details(String... fieldsAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null && !fieldsAndValues[i + 1].isBlank()) {
                details.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
        }
        return details;
    }

    static List<String> kinds() {
        return List.of(LISTED, BOARDED, DEPARTED, ARRIVED, HANDED_OVER, REMOVED);
    }
}
