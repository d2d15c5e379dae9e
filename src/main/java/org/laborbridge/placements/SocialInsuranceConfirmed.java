package org.laborbridge.placements;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.employers.EmployerId;
import org.laborbridge.workers.WorkerId;

/** The employer's social insurance for the placed person is confirmed as paid from {@code since}. */
public record SocialInsuranceConfirmed(
        PlacementId placement,
        WorkerId worker,
        String householdCounty,
        EmployerId employer,
        LocalDate since,
        Instant at) {}
