package org.laborbridge.placements.core;

import java.time.LocalDate;
import java.util.Objects;

/** The days a contract covers: from {@code start} up to but not including {@code end}. */
record ContractPeriod(LocalDate start, LocalDate end) {

    ContractPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A contract ends after it starts: " + start + " – " + end);
        }
    }

    static ContractPeriod of(LocalDate start, int months) {
        return new ContractPeriod(start, start.plusMonths(months));
    }

    boolean overlaps(ContractPeriod other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
