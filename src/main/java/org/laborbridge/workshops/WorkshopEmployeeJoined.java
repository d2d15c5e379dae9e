package org.laborbridge.workshops;

import java.time.LocalDate;
import org.laborbridge.workers.WorkerId;

public record WorkshopEmployeeJoined(
        WorkshopId workshop,
        String county,
        WorkerId worker,
        String householdCounty,
        boolean registeredPoor,
        LocalDate startDate) {}
