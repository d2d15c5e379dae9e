package org.laborbridge.transport.me;

import java.util.List;
import java.util.Map;
import org.laborbridge.transport.Trips;
import org.laborbridge.transport.WorkerTrip;
import org.laborbridge.workers.MyPageSection;
import org.laborbridge.workers.WorkerRecord;
import org.springframework.stereotype.Component;

/**
 * The worker's trip on their phone: where and when to gather, on which vehicle, and after arrival
 * to whom they were handed over. Right after their job, because it is what they must act on next.
 */
@Component
class TripSection implements MyPageSection {

    private final Trips trips;

    TripSection(Trips trips) {
        this.trips = trips;
    }

    @Override
    public int position() {
        return 15;
    }

    @Override
    public String fragment() {
        return "transport/me :: section";
    }

    /** The next trip, or the latest when none is ahead (the service orders them so). */
    @Override
    public Map<String, Object> data(WorkerRecord me) {
        List<WorkerTrip> mine = trips.ofWorker(me.id());
        return mine.isEmpty() ? Map.of() : Map.of("trip", mine.get(0));
    }
}
