package org.laborbridge.fairs.core;

import java.time.LocalDate;
import java.util.Objects;
import org.laborbridge.fairs.FairStatus;

/**
 * The days a fair runs, both included. A fair's status follows from them on the bureau's
 * calendar, so nobody has to remember to open or close a fair.
 */
record FairDates(LocalDate startsOn, LocalDate endsOn) {

    FairDates {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("A fair ends before it starts");
        }
    }

    FairStatus statusOn(LocalDate day, boolean cancelled) {
        if (cancelled) {
            return FairStatus.CANCELLED;
        }
        if (day.isBefore(startsOn)) {
            return FairStatus.PLANNED;
        }
        return day.isAfter(endsOn) ? FairStatus.FINISHED : FairStatus.OPEN;
    }

    boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
