package org.laborbridge.workshops.web;

import org.laborbridge.workshops.EmployeeForm;

/** The add-employee form as typed; an unticked box means no accident insurance. */
record EmployeeFields(
        String worker, String startDate, String monthlyWage, String contractMonths, String accidentInsured) {

    static EmployeeFields empty() {
        return new EmployeeFields(null, null, null, "12", "true");
    }

    EmployeeForm toForm() {
        return new EmployeeForm(
                worker,
                Fields.date(startDate),
                Fields.decimal(monthlyWage),
                Fields.integer(contractMonths),
                "true".equals(accidentInsured) || "on".equals(accidentInsured));
    }
}
