package org.laborbridge.workshops.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.laborbridge.workshops.EmployeeView;

/** One employment; the resident ID number is masked. */
record EmployeeJson(
        String id,
        String workerId,
        String name,
        String residentId,
        boolean registeredPoor,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal monthlyWage,
        int contractMonths,
        boolean accidentInsured) {

    static EmployeeJson of(EmployeeView e) {
        return new EmployeeJson(
                e.id().toString(),
                e.worker().value().toString(),
                e.name(),
                e.maskedResidentId(),
                e.registeredPoor(),
                e.startDate(),
                e.endDate(),
                e.monthlyWage(),
                e.contractMonths(),
                e.accidentInsured());
    }
}
