package org.laborbridge.placements;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

/**
 * A retention follow-up was recorded: subsidies that require months of stable employment read
 * {@code month} and {@code outcome}. A LEFT outcome is followed by {@link PlacementEnded}.
 */
public record RetentionChecked(
        PlacementId placement,
        WorkerId worker,
        String householdCounty,
        EmployerId employer,
        int month,
        RetentionOutcome outcome,
        LocalDate startDate,
        Money monthlyWage,
        Instant at) {}
