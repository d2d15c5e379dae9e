package org.laborbridge.transport.planning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The days of this window still ahead: nobody departs yesterday. Empty when the whole window
     * is over, so the caller decides what a passed window means (no demand, or unplanned).
     */
    public Optional<TravelWindow> fromToday(LocalDate today) {
        if (latest.isBefore(today)) {
            return Optional.empty();
        }
        return Optional.of(earliest.isBefore(today) ? new TravelWindow(today, latest) : this);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
