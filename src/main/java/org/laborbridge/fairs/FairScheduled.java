package org.laborbridge.fairs;

import java.time.Instant;
import java.time.LocalDate;
import org.laborbridge.shared.RegionCode;

/** A fair was put on the calendar. */
public record FairScheduled(
        FairId fair,
        String name,
        FairKind kind,
        Campaign campaign,
        RegionCode hostRegion,
        LocalDate startsOn,
        LocalDate endsOn,
        Instant at) {}
