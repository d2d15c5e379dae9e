package org.laborbridge.workshops;

import java.time.LocalDate;

/** A workshop in a list. */
public record WorkshopSummary(
        WorkshopId id,
        String name,
        String county,
        String countyName,
        WorkshopType type,
        String industry,
        WorkshopStatus status,
        LocalDate foundedOn,
        long headcount,
        long poorHeadcount) {}
