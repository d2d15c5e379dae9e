package org.laborbridge.workshops;

import java.time.LocalDate;

/** What the plaque's QR code shows anyone: no personal data of employees. */
public record PublicWorkshop(
        WorkshopId id,
        String name,
        String countyName,
        String responsiblePerson,
        LocalDate foundedOn,
        WorkshopStatus status,
        long headcount,
        long poorHeadcount) {}
