package org.laborbridge.placements;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

/** The worker left the job on {@code leftOn}; the placement is over. */
public record PlacementEnded(
        PlacementId placement,
        WorkerId worker,
        String householdCounty,
        EmployerId employer,
        LocalDate startDate,
        LocalDate leftOn,
        LeavingReason reason,
        Money monthlyWage,
        Instant at) {}
