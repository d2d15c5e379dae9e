package org.laborbridge.transport.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a traveller may travel, both ends included. A worker must arrive before their start
 * date but cannot leave home too early, so the planner may move them only inside this window.
 */
public record TravelWindow(LocalDate earliest, LocalDate latest) {

    public TravelWindow {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("Travel window ends " + latest + " before it starts " + earliest);
        }
    }

    public static TravelWindow of(LocalDate earliest, LocalDate latest) {
        return new TravelWindow(earliest, latest);
    }

    /** The week before a start date: arriving on the start day itself is too late to settle in. */
    public static TravelWindow weekBefore(LocalDate startDate) {
        return new TravelWindow(startDate.minusDays(7), startDate.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
