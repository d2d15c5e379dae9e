package org.laborbridge.workshops.api;

import java.math.BigDecimal;
import org.laborbridge.workshops.EmployeeForm;

/** A worker (id or resident ID number) starting at a workshop. */
record EmployeeRequest(
        String worker, String startDate, BigDecimal monthlyWage, Integer contractMonths, Boolean accidentInsured) {

    EmployeeForm toForm() {
        return new EmployeeForm(worker, WorkshopRequest.date(startDate), monthlyWage, contractMonths, accidentInsured);
    }
}
