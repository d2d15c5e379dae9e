package org.laborbridge.subsidies.policy;

import java.time.LocalDate;

/** The days a policy version is in force; {@code to} is null while it has no end date. */
public record ValidityPeriod(LocalDate from, LocalDate to) {

    boolean reversed() {
        return from != null && to != null && to.isBefore(from);
    }
}
