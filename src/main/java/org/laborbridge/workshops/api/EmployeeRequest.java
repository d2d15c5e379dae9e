package org.laborbridge.workshops.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.laborbridge.workshops.EmployeeForm;
import org.laborbridge.workshops.input.TypedValues;

/** A worker (id or resident ID number) starting at a workshop. */
record EmployeeRequest(
        String worker, String startDate, BigDecimal monthlyWage, Integer contractMonths, Boolean accidentInsured) {

    EmployeeForm toForm() {
        TypedValues typed = new TypedValues();
        LocalDate start = typed.day(startDate, "startDate");
        typed.check();
        return new EmployeeForm(worker, start, monthlyWage, contractMonths, accidentInsured);
    }
}
