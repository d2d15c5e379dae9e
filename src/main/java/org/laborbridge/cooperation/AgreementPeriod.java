package org.laborbridge.cooperation;

import java.time.LocalDate;
import java.util.Objects;

/** The days an agreement applies, both ends inclusive; an open end runs until further notice. */
record AgreementPeriod(LocalDate from, LocalDate to) {

    AgreementPeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("An agreement cannot end before it starts");
        }
    }

    static boolean isValid(LocalDate from, LocalDate to) {
        return from != null && (to == null || !to.isBefore(from));
    }

    boolean includes(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
