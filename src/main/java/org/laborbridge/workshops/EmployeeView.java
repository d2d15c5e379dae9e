package org.laborbridge.workshops;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.laborbridge.workers.WorkerId;

/** One employment at a workshop; the resident ID number is always masked. */
public record EmployeeView(
        UUID id,
        WorkerId worker,
        String name,
        String maskedResidentId,
        boolean registeredPoor,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal monthlyWage,
        int contractMonths,
        boolean accidentInsured) {

    public boolean current() {
        return endDate == null;
    }
}
