package org.laborbridge.workshops;

import java.time.LocalDate;
import org.laborbridge.workers.WorkerId;

public record WorkshopEmployeeLeft(
        WorkshopId workshop, String county, WorkerId worker, String householdCounty, LocalDate endDate) {}
