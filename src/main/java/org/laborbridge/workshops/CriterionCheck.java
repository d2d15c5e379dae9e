package org.laborbridge.workshops;

import java.util.List;

/**
 * One recognition criterion as a workshop stands against it: the values found and the values
 * required, worded by {@code workshops.criterion.<criterion>} with {@link #arguments()}.
 */
public record CriterionCheck(String criterion, boolean met, List<Object> arguments) {

    public static final String POOR_WORKERS = "POOR_WORKERS";
    public static final String CONTRACT_MONTHS = "CONTRACT_MONTHS";
    public static final String ACCIDENT_INSURANCE = "ACCIDENT_INSURANCE";

    public CriterionCheck {
        arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return "workshops.criterion." + criterion;
    }
}
