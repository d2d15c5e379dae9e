package org.laborbridge.placements;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.shared.Money;
import org.laborbridge.workers.WorkerId;

/** The worker turned up and is at work (上岗) since {@code startedOn}. */
public record PlacementStarted(
        PlacementId placement,
        WorkerId worker,
        String householdCounty,
        EmployerId employer,
        LocalDate startedOn,
        Money monthlyWage,
        Instant at) {}
