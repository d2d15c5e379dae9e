package org.laborbridge.fairs;

import java.time.LocalDate;
import java.util.Objects;
import org.laborbridge.shared.Money;

/**
 * What the employer offers: the first working day, the contract's length in months and the
 * monthly wage. Whether the terms are acceptable for a posting is checked when they are offered.
 */
public record OfferTerms(LocalDate startDate, int contractMonths, Money monthlyWage) {

    public OfferTerms {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(monthlyWage, "monthlyWage");
    }
}
