package org.laborbridge.transport.trips;

import java.time.LocalDate;
import org.laborbridge.shared.BureauTime;
import org.laborbridge.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The batch a trip belongs to: the {@link BatchRegions batch region} of its origin on the
 * departure day and the departure year. A named number must exist; none opens the next one,
 * unless the trip already sits in a batch of that region and year.
 */
@Component
class TripBatches {

    private final TripRows rows;
    private final BatchRegions regions;

    TripBatches(TripRows rows, BatchRegions regions) {
        this.rows = rows;
        this.regions = regions;
    }

    Batch batchFor(TripDetails details, Integer batchNo, Batch current, String by) {
        LocalDate day = BureauTime.dateOf(details.planned().departure());
        RegionCode region = regions.of(details.origin(), day);
        int year = day.getYear();
        if (batchNo != null) {
            if (!rows.batchExists(region, year, batchNo)) {
                throw Refusals.refused("batchNo", "UNKNOWN", batchNo, year);
            }
            return new Batch(region, year, batchNo);
        }
        if (current != null && current.region().equals(region) && current.year() == year) {
            return current;
        }
        return new Batch(region, year, rows.openBatch(region, year, by));
    }
}
